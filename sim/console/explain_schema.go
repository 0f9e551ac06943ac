package console

// explain is filled in from sim/api's field schema once it lands.
func explain(path string, recursive bool) (string, error) {
	return "", clientError("explain is not available yet")
}
