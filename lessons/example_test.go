package lessons_test

import (
	"fmt"

	"github.com/podlab/podlab/lessons"
)

// Grading the first lesson's starter: busybox's default `sh` exits at once,
// so the container crash-loops and the first check says why, in the
// learner's language.
func ExampleGrade() {
	course, err := lessons.Default()
	if err != nil {
		panic(err)
	}
	l := course.Lesson("containers-are-processes")
	for _, lang := range []lessons.Lang{lessons.EN, lessons.ZH} {
		r, err := lessons.Grade(l, l.Starter, lang)
		if err != nil {
			panic(err)
		}
		first := r.Failed()[0]
		fmt.Println(first.Label)
		fmt.Println(first.Message)
	}
	// Output:
	// at 1m30s, Pod processes: STATUS Running, phase Running, READY 1/1
	// STATUS: got CrashLoopBackOff, want Running
	// 1m30s 时，Pod processes：STATUS Running, phase Running, READY 1/1
	// STATUS：得到 CrashLoopBackOff，期望 Running
}

// A failing init container keeps the Pod in Init:CrashLoopBackOff.
func ExampleGrade_initOrder() {
	course, err := lessons.Default()
	if err != nil {
		panic(err)
	}
	l := course.Lesson("init-order")
	for _, lang := range []lessons.Lang{lessons.EN, lessons.ZH} {
		r, err := lessons.Grade(l, l.Starter, lang)
		if err != nil {
			panic(err)
		}
		fmt.Println(r.Failed()[0].Message)
	}
	// Output:
	// STATUS: got Init:CrashLoopBackOff, want Running
	// STATUS：得到 Init:CrashLoopBackOff，期望 Running
}
