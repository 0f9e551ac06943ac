package scheduler

import (
	"slices"

	"github.com/podlab/podlab/sim/api"
)

// matchesNodeSelector: every nodeSelector label must be on the node
// (nodeaffinity: RequiredNodeAffinity.Match, the nodeSelector half).
func matchesNodeSelector(sel, labels map[string]string) bool {
	for k, v := range sel {
		got, ok := labels[k]
		if !ok || got != v {
			return false
		}
	}
	return true
}

// matchesRequiredAffinity: the terms are ORed, the requirements inside a
// term ANDed; an empty term list matches nothing
// (component-helpers/scheduling/corev1/nodeaffinity MatchNodeSelectorTerms).
func matchesRequiredAffinity(sel *api.NodeSelector, n NodeInfo) bool {
	if sel == nil {
		return true
	}
	for _, term := range sel.NodeSelectorTerms {
		if matchesTerm(term, n) {
			return true
		}
	}
	return false
}

// matchesTerm: a term with no requirements matches no node.
func matchesTerm(term api.NodeSelectorTerm, n NodeInfo) bool {
	if len(term.MatchExpressions) == 0 && len(term.MatchFields) == 0 {
		return false
	}
	for _, r := range term.MatchExpressions {
		if !matchesRequirement(r, n.Labels) {
			return false
		}
	}
	for _, r := range term.MatchFields {
		// Only metadata.name is a supported field.
		if r.Key != "metadata.name" || !matchesRequirement(api.NodeSelectorRequirement{Key: r.Key, Operator: r.Operator, Values: r.Values}, map[string]string{"metadata.name": n.Name}) {
			return false
		}
	}
	return true
}

// matchesRequirement mirrors labels.Requirement.Matches for the node
// selector operators.
func matchesRequirement(r api.NodeSelectorRequirement, labels map[string]string) bool {
	v, has := labels[r.Key]
	switch r.Operator {
	case "In":
		return has && slices.Contains(r.Values, v)
	case "NotIn":
		return !has || !slices.Contains(r.Values, v)
	case "Exists":
		return has
	case "DoesNotExist":
		return !has
	case "Gt", "Lt":
		if !has || len(r.Values) != 1 {
			return false
		}
		return compareNumeric(r.Operator, v, r.Values[0])
	}
	return false
}

// preferredScore sums the weights of the preferred terms the node matches
// (nodeaffinity Score).
func preferredScore(terms []api.PreferredSchedulingTerm, n NodeInfo) int64 {
	var score int64
	for _, t := range terms {
		if matchesTerm(t.Preference, n) {
			score += int64(t.Weight)
		}
	}
	return score
}
