package io.github.tenken.guideline;

import static io.github.tenken.guideline.InternalCharacteristic.*;
import static io.github.tenken.guideline.ItemKind.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The level items of the guideline's third edition, each with its id, level and kind.
 *
 * <p>Items are paraphrased; their ids are the ones checks cite in {@code CheckDescriptor#items()} and process answers
 * name.
 */
public final class LevelItems {

    private static final Map<String, LevelItem> ITEMS = build();

    private LevelItems() {
    }

    /** Every item, in the guideline's order. */
    public static List<LevelItem> all() {
        return List.copyOf(ITEMS.values());
    }

    /** The item with this id, if it exists. */
    public static Optional<LevelItem> find(String id) {
        return Optional.ofNullable(ITEMS.get(id));
    }

    /** The item with this id; a clear error naming the known ids when there is none. */
    public static LevelItem get(String id) {
        LevelItem item = ITEMS.get(id);
        if (item == null) {
            throw new IllegalArgumentException("unknown level item \"" + id + "\"; known items are " + ITEMS.keySet());
        }
        return item;
    }

    /** The items of one characteristic, in order. */
    public static List<LevelItem> of(InternalCharacteristic characteristic) {
        return ITEMS.values().stream().filter(i -> i.characteristic() == characteristic).toList();
    }

    /** The items one level of one characteristic adds (not cumulative). */
    public static List<LevelItem> at(InternalCharacteristic characteristic, InternalLevel level) {
        return of(characteristic).stream().filter(i -> i.level().equals(level)).toList();
    }

    private static Map<String, LevelItem> build() {
        List<LevelItem> items = new ArrayList<>();
        n(items, "A-1.1a", A_1, 1, P, "the main causes of quality risk are recorded", "品質リスクの主要因が記録されている");
        n(items, "A-1.1b", A_1, 1, P, "the risk causes are reflected as data attributes", "リスク要因がデータの属性として反映されている");
        n(items, "A-1.2a", A_1, 2, P, "a documented engineering analysis of system-wide risks", "システム全体のリスクについて工学的分析が文書化されている");
        n(items, "A-1.2b", A_1, 2, P, "attributes per risk, with the rationale for each attribute's value set", "リスクごとの属性と、その値集合の根拠が示されている");
        n(items, "A-1.3a", A_1, 3, P, "a literature survey and a fault-tree-style analysis, recorded", "文献調査と故障の木形式の分析が記録されている");
        n(items, "A-2.1a", A_2, 1, PM, "one case per major risk attribute value, plus combined risk factors and key environment differences, each with data",
                "主要なリスク属性値ごとのケース、複合要因と主な環境差のケースが宣言され、それぞれにデータがある");
        n(items, "A-2.2a", A_2, 2, M, "pair-wise coverage of the important risk factors", "重要なリスク要因のペアワイズ網羅");
        n(items, "A-2.3a", A_2, 3, M, "an engineered coverage criterion (pair-, triple-wise ...) fully covered", "設計された網羅基準（ペアワイズ、トリプルワイズ等）を完全に満たす");
        n(items, "B-1.1a", B_1, 1, P, "sources and sampling are unbiased per case (recorded)", "ケースごとにデータの出所と抽出に偏りがないことが記録されている");
        n(items, "B-1.1b", B_1, 1, M, "enough training and test data for every case", "すべてのケースに十分な学習データとテストデータがある");
        n(items, "B-1.2a", B_1, 2, M, "expected occurrence probability per value or case is given and the data does not deviate from it", "値・ケースごとの想定出現確率が示され、データがそれから乖離しない");
        n(items, "B-1.2b", B_1, 2, M, "attributes outside the cases show no skew", "ケース外の属性に偏りがない");
        n(items, "B-1.3a", B_1, 3, M, "no spurious correlations, or an analysis of expected vs actual distributions", "疑似相関がない、または想定分布と実分布の分析がある");
        items.add(new LevelItem("B-2.E1", B_2, InternalLevel.effectiveness(1), M, "B-1.1 with the whole input space as one case: enough data overall, no large imbalance", "入力空間全体を一つのケースとしてB-1.1を満たす（全体として十分なデータ、大きな偏りがない）"));
        items.add(new LevelItem("B-2.E2", B_2, InternalLevel.effectiveness(2), M, "B-1.2 with the whole input space as one case: the distribution matches the expected one", "入力空間全体を一つのケースとしてB-1.2を満たす（分布が想定と一致する）"));
        items.add(new LevelItem("B-2.S1", B_2, InternalLevel.safety(1), M, "enough data for the rare risk cases", "まれなリスクケースにも十分なデータがある"));
        items.add(new LevelItem("B-2.S2", B_2, InternalLevel.safety(2), PM, "data volume per case designed from risk and occurrence probability", "ケースごとのデータ量がリスクと出現確率から設計されている"));
        n(items, "B-3.1a", B_3, 1, P, "provenance of every dataset recorded", "すべてのデータセットの出所が記録されている");
        // Measured half: gaps (missing and disguised-missing values) and outliers must each be shown by a passing check.
        items.add(new LevelItem("B-3.1b", B_3, InternalLevel.numeric(1), PM, "a policy for labelling and for outliers, applied",
                "ラベル付けと外れ値の方針が定められ、適用されている", List.of("gaps", "outliers")));
        n(items, "B-3.1c", B_3, 1, M, "labels are consistent (no conflicting labels for identical inputs)", "ラベルが一貫している（同一入力に矛盾するラベルがない）");
        n(items, "B-3.1d", B_3, 1, PM, "contamination risk assessed (duplicates, leakage between training and test) and data recency recorded", "混入リスク（重複、学習・テスト間の漏洩）が評価され、データの鮮度が記録されている");
        n(items, "B-3.2a", B_3, 2, P, "data preparation is inside the quality-assurance process; label changes are managed", "データ準備が品質保証プロセスに含まれ、ラベル変更が管理されている");
        n(items, "B-3.2b", B_3, 2, M, "tolerated label noise stated and measured", "許容するラベルノイズが示され、測定されている");
        n(items, "B-3.2c", B_3, 2, PM, "data inspection and countermeasures against poisoning; post-hoc checks", "データ検査とポイズニング対策、事後確認");
        n(items, "B-3.3a", B_3, 3, P, "risk analysis of label design and contamination; audit of outsourced labelling", "ラベル設計と混入のリスク分析、外部委託ラベル付けの監査");
        n(items, "C-1.1a", C_1, 1, PM, "test data volume justified (the metric's confidence interval is narrow enough for the criterion)", "テストデータ量が妥当である（指標の信頼区間が基準に対して十分狭い）");
        n(items, "C-1.1b", C_1, 1, PM, "acceptance criteria fixed beforehand (false negatives and positives, fairness comparison) and met", "受け入れ基準（偽陰性・偽陽性、公平性の比較）が事前に定められ、満たされている");
        n(items, "C-1.2a", C_1, 2, M, "tests on real plus augmented or perturbed data", "実データに加え拡張・摂動データでテストされている");
        n(items, "C-1.3a", C_1, 3, PM, "system test plan linked to the ML test plan; coverage of high-risk cases monitored (per-case performance)", "システムテスト計画がMLテスト計画と連携し、高リスクケースの網羅（ケース別性能）が監視されている");
        n(items, "C-2.1a", C_2, 1, PM, "techniques used for stability recorded; spread across folds or seeds measured", "安定性のための手法が記録され、分割やシードによるばらつきが測定されている");
        n(items, "C-2.2a", C_2, 2, M, "stability in the neighbourhood of the data evaluated and recorded (perturbed and adversarial inputs)", "データ近傍での安定性（摂動・敵対的入力）が評価され記録されている");
        n(items, "C-2.3a", C_2, 3, PM, "stability guaranteed beyond the dataset (no nearby adversarial examples, generalisation-error bounds)", "データセット外での安定性が保証されている（近傍に敵対的事例がない、汎化誤差の上界）");
        n(items, "D-1.1a", D_1, 1, P, "proven software with its selection recorded; defect monitoring", "実績あるソフトウェアが選定理由とともに記録され、不具合が監視されている");
        n(items, "D-1.1b", D_1, 1, PM, "differences between development and production environments assessed (environment recorded; determinism)", "開発環境と本番環境の差異が評価されている（環境の記録、決定性）");
        n(items, "D-1.2a", D_1, 2, PM, "reliability self-evaluated (serialisation round trip, invalid-input behaviour, latency); validated in a production-like environment", "信頼性が自己評価され（直列化の往復、不正入力時の挙動、遅延）、本番相当環境で検証されている");
        n(items, "D-1.3a", D_1, 3, P, "a required safety integrity level; tests or formal verification in production", "要求される安全度水準と、本番でのテストまたは形式検証");
        n(items, "E-1.1a", E_1, 1, P, "a plan for quality loss from drift; the same quality management for offline retraining", "ドリフトによる品質低下への計画と、オフライン再学習への同じ品質管理");
        n(items, "E-1.2a", E_1, 2, M, "degradation monitored in operation (data drift, prediction drift, performance over time)", "運用時の劣化（データドリフト、予測ドリフト、性能推移）が監視されている");
        n(items, "E-1.2b", E_1, 2, M, "a retrained model is regression-tested on the development test set before deployment", "再学習モデルが配備前に開発時のテストセットで回帰テストされている");
        n(items, "E-1.3a", E_1, 3, PM, "mandatory monitoring; an in-system quality gate that aborts a bad update; test sets refreshed periodically", "必須の監視、不良な更新を止めるシステム内の品質ゲート、テストセットの定期的な更新");
        Map<String, LevelItem> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        return Collections.unmodifiableMap(byId);
    }

    private static void n(List<LevelItem> items, String id, InternalCharacteristic c, int level, ItemKind kind,
                          String en, String ja) {
        items.add(new LevelItem(id, c, InternalLevel.numeric(level), kind, en, ja));
    }
}
