/** Process evidence: a team's recorded answer, with evidence or a reason, to each level item. */
package io.github.tenken.evidence;
