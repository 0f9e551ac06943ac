// Package console is Podlab's kubectl: it reads kubectl command lines and
// runs them against the simulated cluster at the current virtual time,
// printing what kubectl prints. The files that `--from-file` reads live in
// a working directory the learner fills from the console itself, an fs.FS
// (in the browser, hackpadfs over IndexedDB, so it survives reloads).
package console
