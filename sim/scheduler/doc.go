// Package scheduler is Podlab's kube-scheduler: it picks a node for a Pod
// the way the default scheduler's filter plugins do (NodeName,
// NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit), and
// words a failure exactly as FitError.Error does, so the FailedScheduling
// event a learner reads here is the one a real cluster prints.
//
// Scoring is simplified and deterministic: the feasible node with the most
// free resources after placement wins (NodeResourcesFit's LeastAllocated),
// preferred node affinity adds its weights, and ties go to the first node in
// name order instead of the real scheduler's random pick.
package scheduler
