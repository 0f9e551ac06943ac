package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/lessons"
)

// predictQuestion is "predict, then play": the learner picks an answer
// before watching the run, then plays it; the answer and its explanation
// show only after both (choosing locks the choice, so the explanation
// cannot be fished for by trying each one).
type predictQuestion struct {
	app.Compo

	Lang   lang
	Text   *lessons.PredictText
	Answer int // 0-based index of the right choice
	// Played: the learner has moved the player since the page opened.
	Played bool
	Ctl    lessonControl

	chosen   int  // 1-based index of the learner's choice; 0 before
	revealed bool // the learner pressed "Play and see"
}

// Render draws the question, the choices and, once chosen and played, the
// explanation.
func (q *predictQuestion) Render() app.UI {
	l := q.Lang.orDefault()
	return app.Section().Class("predict").DataSet("testid", "predict").Body(
		app.FieldSet().Body(
			app.Legend().Body(
				app.Strong().Text(l.T(msgPredict)+" "),
				app.Span().Body(mdInline(q.Text.Question)...),
			),
			app.Range(q.Text.Choices).Slice(q.renderChoice),
		),
		q.renderAfter(l),
	)
}

func (q *predictQuestion) renderChoice(i int) app.UI {
	id := "predict-" + strconv.Itoa(i)
	return app.Div().Class("predict-choice").Body(
		app.Input().Type("radio").ID(id).Name("predict").Value(i).
			Checked(q.chosen == i+1).Disabled(q.chosen != 0).
			OnChange(func(ctx app.Context, e app.Event) { q.choose(i) }),
		app.Label().For(id).Body(mdInline(q.Text.Choices[i])...),
	)
}

// choose records the learner's prediction; the first one counts.
func (q *predictQuestion) choose(i int) {
	if q.chosen == 0 && i >= 0 && i < len(q.Text.Choices) {
		q.chosen = i + 1
	}
}

// renderAfter is what follows a choice: the invitation to play, then the
// verdict and the explanation.
func (q *predictQuestion) renderAfter(l lang) app.UI {
	if q.chosen == 0 {
		return app.Text("")
	}
	mine := mdPlain(q.Text.Choices[q.chosen-1])
	if !q.revealed && !q.Played {
		return app.P().Class("predict-next").Body(
			app.Span().Text(l.T(msgPredictChosen, mine)+" "),
			app.Button().Type("button").Class("button", "primary").DataSet("testid", "predict-play").
				OnClick(q.playAndSee).Text(l.T(msgPredictPlay)),
		)
	}
	verdict := l.T(msgPredictRight, mine)
	if q.chosen-1 != q.Answer && q.Answer >= 0 && q.Answer < len(q.Text.Choices) {
		verdict = l.T(msgPredictWrong, mine, mdPlain(q.Text.Choices[q.Answer]))
	}
	return app.Div().Class("predict-answer").Role("status").DataSet("testid", "predict-answer").Body(
		app.P().Class("predict-verdict").Text(verdict),
		app.P().Body(mdInline(q.Text.Explanation)...),
	)
}

func (q *predictQuestion) playAndSee(ctx app.Context, e app.Event) {
	q.revealed = true
	if q.Ctl != nil {
		q.Ctl.playFromStart()
	}
}

// mdPlain drops the code and bold marks of a short text that is quoted
// inside a sentence.
func mdPlain(s string) string { return strings.NewReplacer("`", "", "**", "").Replace(s) }
