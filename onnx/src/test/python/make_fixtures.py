#!/usr/bin/python3
"""Makes the ONNX fixtures of tenken-onnx's tests and the model of docs/examples/onnx-plan.json.

skl2onnx is not packaged for Debian, so the graphs are written with onnx.helper in the shapes skl2onnx 1.x gives
(ai.onnx.ml LinearClassifier / TreeEnsembleClassifier followed by a Normalizer and a ZipMap; TreeEnsembleRegressor).
The models are fitted with scikit-learn on the data the project ships, and scikit-learn's own predictions and
probabilities are written beside each model: the Java tests compare ONNX Runtime's answers with them.

Run from the repository root with Debian's python3-onnx and python3-sklearn (onnx 1.12, scikit-learn 1.2.1):
    /usr/bin/python3 onnx/src/test/python/make_fixtures.py
"""
import gzip
import os
import shutil

import numpy as np
import onnx
import pandas as pd
from onnx import TensorProto, helper
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
DATA = os.path.join(ROOT, "checks", "src", "test", "resources", "datasets")
OUT = os.path.join(ROOT, "onnx", "src", "test", "resources")
EXAMPLES = os.path.join(ROOT, "docs", "examples")
OPSETS = [helper.make_opsetid("", 15), helper.make_opsetid("ai.onnx.ml", 1)]
PENGUIN_FEATURES = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
IRIS_FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def save(graph, name):
    model = helper.make_model(graph, opset_imports=OPSETS, producer_name="tenken make_fixtures.py",
                              producer_version="1")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(OUT, name))


def zipmap_output(name, key_type):
    """seq(map(key_type, float)); onnx 1.12's helper has no make_map_type_proto, so the map type is built here."""
    map_type = onnx.TypeProto()
    map_type.map_type.key_type = key_type
    map_type.map_type.value_type.CopyFrom(helper.make_tensor_type_proto(TensorProto.FLOAT, None))
    return helper.make_value_info(name, helper.make_sequence_type_proto(map_type))


def classifier_tail(nodes, classes_attr, classes):
    """Normalizer and ZipMap after a classifier's probability_tensor, as skl2onnx writes them."""
    nodes.append(helper.make_node("Normalizer", ["probability_tensor"], ["probabilities"], domain="ai.onnx.ml",
                                  norm="L1"))
    nodes.append(helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                                  **{classes_attr: classes}))


def penguins():
    """LogisticRegression after StandardScaler on four measurements; one float matrix input; string labels."""
    frame = pd.read_csv(os.path.join(DATA, "penguins.csv.gz"), na_values=["NA"], keep_default_na=False)
    frame = frame.dropna(subset=PENGUIN_FEATURES)
    train, test = train_test_split(frame, test_size=0.3, random_state=42, stratify=frame["species"])
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    pipe.fit(train[PENGUIN_FEATURES].to_numpy(), train["species"].to_numpy())
    scaler, logreg = pipe.steps[0][1], pipe.steps[1][1]
    classes = [str(c) for c in logreg.classes_]
    nodes = [
        helper.make_node("Scaler", ["float_input"], ["variable"], domain="ai.onnx.ml",
                         offset=scaler.mean_.astype(np.float32).tolist(),
                         scale=(1.0 / scaler.scale_).astype(np.float32).tolist()),
        helper.make_node("LinearClassifier", ["variable"], ["label", "probability_tensor"], domain="ai.onnx.ml",
                         coefficients=logreg.coef_.astype(np.float32).ravel().tolist(),
                         intercepts=logreg.intercept_.astype(np.float32).tolist(),
                         classlabels_strings=classes, multi_class=1, post_transform="SOFTMAX"),
        helper.make_node("Identity", ["label"], ["output_label"]),
    ]
    classifier_tail(nodes, "classlabels_strings", classes)
    graph = helper.make_graph(
        nodes, "penguins_logistic_regression",
        [helper.make_tensor_value_info("float_input", TensorProto.FLOAT, [None, len(PENGUIN_FEATURES)])],
        [helper.make_tensor_value_info("output_label", TensorProto.STRING, [None]),
         zipmap_output("output_probability", TensorProto.STRING)])
    save(graph, "penguins-species.onnx")
    shutil.copyfile(os.path.join(OUT, "penguins-species.onnx"), os.path.join(EXAMPLES, "penguins-species.onnx"))
    train.to_csv(os.path.join(OUT, "penguins-train.csv"), index=False, na_rep="NA")
    test.to_csv(os.path.join(OUT, "penguins-test.csv"), index=False, na_rep="NA")
    x = test[PENGUIN_FEATURES].to_numpy()
    expected = pd.DataFrame({"predicted": pipe.predict(x)})
    for k, c in enumerate(classes):
        expected["p_" + c] = pipe.predict_proba(x)[:, k]
    expected.to_csv(os.path.join(OUT, "penguins-species-expected.csv"), index=False, float_format="%.17g")
    accuracy = float(np.mean(expected["predicted"].to_numpy() == test["species"].to_numpy()))
    with open(os.path.join(OUT, "penguins-species-accuracy.txt"), "w") as f:
        f.write("%.17g\n" % accuracy)
    print("penguins: %d train, %d test rows, classes %s, accuracy %.17g" % (len(train), len(test), classes, accuracy))


def penguins_columns():
    """A tree on island (a string input, coded by a LabelEncoder), bill length (double) and flipper length (int64):
    one input per column, as skl2onnx writes a ColumnTransformer; string labels."""
    train = pd.read_csv(os.path.join(OUT, "penguins-train.csv"), na_values=["NA"], keep_default_na=False)
    test = pd.read_csv(os.path.join(OUT, "penguins-test.csv"), na_values=["NA"], keep_default_na=False)
    islands = sorted(train["island"].unique())

    def features(frame):
        return np.column_stack([frame["island"].map({v: i for i, v in enumerate(islands)}),
                                frame["bill_length_mm"], frame["flipper_length_mm"]])

    tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(features(train), train["species"])
    attrs, leaves = tree_nodes(tree)
    class_attrs = leaf_classes(tree, leaves)
    classes = [str(c) for c in tree.classes_]
    nodes = [
        helper.make_node("LabelEncoder", ["island"], ["island_code"], domain="ai.onnx.ml",
                         classes_strings=islands, default_int64=-1),
        helper.make_node("Cast", ["island_code"], ["island_float"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["bill_length_mm"], ["bill_float"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["flipper_length_mm"], ["flipper_float"], to=TensorProto.FLOAT),
        helper.make_node("Concat", ["island_float", "bill_float", "flipper_float"], ["merged_columns"], axis=1),
        helper.make_node("TreeEnsembleClassifier", ["merged_columns"], ["label", "probability_tensor"],
                         domain="ai.onnx.ml", classlabels_strings=classes, post_transform="NONE",
                         **attrs, **class_attrs),
        helper.make_node("Identity", ["label"], ["output_label"]),
    ]
    classifier_tail(nodes, "classlabels_strings", classes)
    graph = helper.make_graph(
        nodes, "penguins_column_tree",
        [helper.make_tensor_value_info("island", TensorProto.STRING, [None, 1]),
         helper.make_tensor_value_info("bill_length_mm", TensorProto.DOUBLE, [None, 1]),
         helper.make_tensor_value_info("flipper_length_mm", TensorProto.INT64, [None, 1])],
        [helper.make_tensor_value_info("output_label", TensorProto.STRING, [None]),
         zipmap_output("output_probability", TensorProto.STRING)])
    save(graph, "penguins-columns.onnx")
    x = features(test)
    expected = pd.DataFrame({"predicted": tree.predict(x)})
    for k, c in enumerate(classes):
        expected["p_" + c] = tree.predict_proba(x)[:, k]
    expected.to_csv(os.path.join(OUT, "penguins-columns-expected.csv"), index=False, float_format="%.17g")
    print("penguins by column: classes %s, test accuracy %.4f" % (classes, tree.score(x, test["species"])))


def leaf_classes(tree, leaves):
    """The class_* attributes of a TreeEnsembleClassifier: each leaf's class shares, as predict_proba gives them."""
    attrs = {"class_treeids": [], "class_nodeids": [], "class_ids": [], "class_weights": []}
    for leaf in leaves:
        value = tree.tree_.value[leaf][0]
        for k, v in enumerate(value / value.sum()):
            attrs["class_treeids"].append(0)
            attrs["class_nodeids"].append(leaf)
            attrs["class_ids"].append(k)
            attrs["class_weights"].append(float(v))
    return attrs


def tree_nodes(tree, tree_id=0):
    """The nodes_* attributes of a TreeEnsemble* for one sklearn tree, and its leaves."""
    t = tree.tree_
    attrs = {k: [] for k in ["nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes",
                             "nodes_truenodeids", "nodes_falsenodeids", "nodes_hitrates",
                             "nodes_missing_value_tracks_true"]}
    leaves = []
    for i in range(t.node_count):
        leaf = t.children_left[i] == -1
        attrs["nodes_treeids"].append(tree_id)
        attrs["nodes_nodeids"].append(i)
        attrs["nodes_featureids"].append(0 if leaf else int(t.feature[i]))
        attrs["nodes_values"].append(0.0 if leaf else float(np.float32(t.threshold[i])))
        attrs["nodes_modes"].append("LEAF" if leaf else "BRANCH_LEQ")
        attrs["nodes_truenodeids"].append(0 if leaf else int(t.children_left[i]))
        attrs["nodes_falsenodeids"].append(0 if leaf else int(t.children_right[i]))
        attrs["nodes_hitrates"].append(1.0)
        attrs["nodes_missing_value_tracks_true"].append(0)
        if leaf:
            leaves.append(i)
    return attrs, leaves


def iris():
    """A depth-3 decision tree on class codes 0, 1, 2; one float input per column; int64 labels."""
    frame = pd.read_csv(os.path.join(DATA, "iris.csv"))
    texts = pd.read_csv(os.path.join(DATA, "iris.csv"), dtype=str)  # the measurements as written, for the CSV
    codes = {"setosa": 0, "versicolor": 1, "virginica": 2}
    y = frame["species"].map(codes).to_numpy()
    x = frame[IRIS_FEATURES].to_numpy()
    tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(x, y)
    attrs, leaves = tree_nodes(tree)
    class_attrs = leaf_classes(tree, leaves)
    classes = [int(c) for c in tree.classes_]
    nodes = [
        helper.make_node("Concat", IRIS_FEATURES, ["merged_columns"], axis=1),
        helper.make_node("TreeEnsembleClassifier", ["merged_columns"], ["label", "probability_tensor"],
                         domain="ai.onnx.ml", classlabels_int64s=classes, post_transform="NONE",
                         **attrs, **class_attrs),
        helper.make_node("Identity", ["label"], ["output_label"]),
    ]
    classifier_tail(nodes, "classlabels_int64s", classes)
    graph = helper.make_graph(
        nodes, "iris_decision_tree",
        [helper.make_tensor_value_info(c, TensorProto.FLOAT, [None, 1]) for c in IRIS_FEATURES],
        [helper.make_tensor_value_info("output_label", TensorProto.INT64, [None]),
         zipmap_output("output_probability", TensorProto.INT64)])
    save(graph, "iris-tree.onnx")
    expected = texts[IRIS_FEATURES].copy()
    expected["predicted"] = tree.predict(x)
    for k in classes:
        expected["p_%d" % k] = tree.predict_proba(x)[:, k]
    expected.to_csv(os.path.join(OUT, "iris-tree-expected.csv"), index=False, float_format="%.17g")
    print("iris: classes %s, training accuracy %.4f" % (classes, tree.score(x, y)))


def diabetes():
    """A depth-4 regression tree on the ten diabetes features; one float matrix input; output [N, 1]."""
    with gzip.open(os.path.join(DATA, "diabetes.csv.gz"), "rt") as f:
        frame = pd.read_csv(f)
    features = [c for c in frame.columns if c != "target"]
    x, y = frame[features].to_numpy(), frame["target"].to_numpy()
    tree = DecisionTreeRegressor(max_depth=4, random_state=0).fit(x, y)
    attrs, leaves = tree_nodes(tree)
    nodes = [helper.make_node(
        "TreeEnsembleRegressor", ["input"], ["variable"], domain="ai.onnx.ml", n_targets=1,
        post_transform="NONE", aggregate_function="SUM", target_treeids=[0] * len(leaves), target_nodeids=leaves,
        target_ids=[0] * len(leaves), target_weights=[float(tree.tree_.value[i][0][0]) for i in leaves], **attrs)]
    graph = helper.make_graph(
        nodes, "diabetes_regression_tree",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, len(features)])],
        [helper.make_tensor_value_info("variable", TensorProto.FLOAT, [None, 1])])
    save(graph, "diabetes-tree.onnx")
    pd.DataFrame({"predicted": tree.predict(x)}).to_csv(os.path.join(OUT, "diabetes-tree-expected.csv"),
                                                        index=False, float_format="%.17g")
    print("diabetes: %d rows, %d leaves" % (len(frame), len(leaves)))


def bare_networks():
    """Two graphs that name no classes, as a network exported from PyTorch or Keras: a softmax over a [N, 2] input
    gives probabilities, an identity gives raw scores (logits)."""
    for name, op in [("softmax-2.onnx", "Softmax"), ("logits-2.onnx", "Identity")]:
        node = helper.make_node(op, ["x"], ["output"], **({"axis": 1} if op == "Softmax" else {}))
        save(helper.make_graph([node], "bare_" + op.lower(),
                               [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 2])],
                               [helper.make_tensor_value_info("output", TensorProto.FLOAT, [None, 2])]), name)


if __name__ == "__main__":
    penguins()
    penguins_columns()
    iris()
    diabetes()
    bare_networks()
