// Command podsim runs Podlab's Pod simulator from the command line and
// prints what kubectl would print about the simulated Pod:
//
//	podsim get      [--at DUR] FILE
//	podsim watch    [--until DUR] FILE
//	podsim events   [--until DUR] FILE
//	podsim describe [--at DUR] FILE
//	podsim run --json [--until DUR] FILE
//	podsim logs [--at DUR] [-p] FILE [POD/]CONTAINER
//	podsim exec [--at DUR] FILE [POD/]CONTAINER -- CMD...
//	podsim kubectl --script SCRIPT [FILE...]
//
// The timeline commands also take --delete-at DUR and --node-lost-at DUR.
// FILE may be "-" (standard input) and may hold several YAML documents.
// Invalid input exits with status 1 and one line per problem on standard
// error, FILE:LINE:COL: FIELD.PATH: message.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, startPlay))
}
