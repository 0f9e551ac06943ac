package console

// runExplain mirrors kubectl explain over the API schema that sim/api
// generates from k8s.io/api.
func runExplain(k *Console, p parsed) (string, error) {
	if len(p.args) == 0 {
		return "", clientError("You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.")
	}
	return explain(p.args[0], p.has("recursive"))
}
