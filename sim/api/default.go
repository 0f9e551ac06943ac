package api

// Default applies the API server's defaulting to every object, in place.
func Default(objs *Objects) {}
