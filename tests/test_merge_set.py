"""The labelled merge set: pairwise precision and recall of grouping, with code alone and with judges.

The figures are floors measured on this set; a change that lowers them fails here. ``python
tests/merge_set.py`` prints them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .merge_set import (
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    PIPELINE,
    PIPELINE2,
    PIPELINE3,
    PIPELINE4,
    PIPELINE5,
    PIPELINE6,
    PIPELINE7,
    PIPELINE8,
    PIPELINE9,
    PIPELINE10,
    PIPELINE11,
    PIPELINE12,
    PIPELINE13,
    PIPELINE14,
    PIPELINE15,
    PIPELINE16,
    PIPELINE17,
    PIPELINE18,
    PIPELINE19,
    PIPELINE20,
    SET,
    constant_judge,
    erring_judge,
    labelled_judge,
    score,
)

CODE_PRECISION, CODE_RECALL = 0.97, 0.90
# Floors of the held-out sets, each written apart from the rules (precision is the floor that matters: a
# wrong merge puts one outlet's words under another's event):
# Recall on holdout and holdout3 was 0.700 and 0.482 until a report that names only its
# story's subject (TELLING) no longer scored as if it shared all it names: precision on the model's own summaries
# rose (merge_pipeline3 0.786 to 0.846, merge_pipeline4 0.818 to 0.900, merge_pipeline7 0.467 to 0.750).
HELD_OUT = [
    (HOLDOUT, 0.95, 0.63),  # tests/fixtures/merge_holdout
    (HOLDOUT2, 0.97, 0.43),  # merge_holdout2, written after the rules above and measured once as it came
    (HOLDOUT3, 0.98, 0.47),  # merge_holdout3: ordinary news, mostly English, first measured at 0.837 / 0.250
    (HOLDOUT4, 0.97, 0.52),  # merge_holdout4, first measured at 0.964 / 0.170 by the rules it was written after
    (HOLDOUT5, 0.97, 0.55),  # merge_holdout5: first measured at 0.843 / 0.383 (dates of Finnish, Hungarian unread)
    (HOLDOUT6, 0.95, 0.47),  # merge_holdout6: first measured at 0.786 / 0.399 (sentence openers taken for names)
    (HOLDOUT7, 0.93, 0.38),  # merge_holdout7: first measured at 0.887 / 0.309 (sv, sl, el, es, hu, da)
]


def test_code_alone_keeps_its_precision_and_recall() -> None:
    got = score()
    assert got.precision >= CODE_PRECISION and got.recall >= CODE_RECALL, got
    assert got.model_calls == 0


@pytest.mark.parametrize(("folder", "precision", "recall"), HELD_OUT, ids=[f.name for f, _, _ in HELD_OUT])
def test_code_alone_keeps_its_precision_and_recall_on_held_out_stories(
    folder: Path, precision: float, recall: float
) -> None:
    got = score(directory=folder)
    assert got.precision >= precision and got.recall >= recall, got


def test_a_good_judge_never_makes_it_worse() -> None:
    calls = 0
    for folder in (SET, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5, HOLDOUT6, HOLDOUT7, PIPELINE):
        alone, judged = score(directory=folder), score(labelled_judge(folder), directory=folder)
        assert judged.precision >= alone.precision and judged.recall >= alone.recall, folder.name
        calls += judged.model_calls
    assert calls > 0  # the judge was asked (where code leaves no pair in doubt, it is not)


# Recall with a judge that answers as the labels do: a good model's word joins what code cannot see is one
# event ("gave way" and "collapse"), within the hard rules (one day, one kind, two articles).
JUDGED_RECALL = {
    SET: 0.95, HOLDOUT: 0.80, HOLDOUT2: 0.50, HOLDOUT3: 0.62, HOLDOUT4: 0.88, HOLDOUT5: 0.80, HOLDOUT6: 0.59,
    HOLDOUT7: 0.45, PIPELINE: 0.88, PIPELINE6: 0.61, PIPELINE7: 0.65, PIPELINE15: 0.77, PIPELINE16: 0.77,
}  # fmt: skip
# A pair that scores as one event but that code could not join (a report of one group unlike one of the other) is
# a judge's to settle too: without it, merge_pipeline15's analysis of the job cuts ("the Brennholt group") stayed
# out of their entry (0.591), and merge_pipeline16 judged stood at 0.579 / 0.500.


def test_a_good_judge_lifts_recall_where_code_cannot_see_one_event() -> None:
    for folder, floor in JUDGED_RECALL.items():
        got, alone = score(labelled_judge(folder), directory=folder), score(directory=folder)
        assert got.recall >= floor and got.precision >= alone.precision, (folder.name, got)


def test_merging_the_embedded_models_own_summaries_of_unseen_pages() -> None:
    """merge_pipeline: what the pipeline made of pages 36-55 of the page corpus with the embedded model
    (statements are whole sentences, and who and where are the small model's), labelled by hand. The one
    wrong merge left is an interior minister's promise "hours after police arrested the plant's manager",
    taken for the arrest."""
    alone = score(directory=PIPELINE)
    assert alone.precision >= 0.95 and alone.recall >= 0.77, alone
    judged = score(labelled_judge(PIPELINE), directory=PIPELINE)
    assert judged.precision >= alone.precision and judged.recall >= 0.88, judged
    # Two reports alone in their groups are joined by one wrong "yes" (nothing else can say no): here that
    # is one more wrong pair among the 11 it merges.
    erring = score(erring_judge(PIPELINE), directory=PIPELINE)
    assert erring.precision >= 0.72 and erring.recall >= alone.recall, erring


def test_merging_the_embedded_models_summaries_of_pages_written_apart() -> None:
    """merge_pipeline2 (pages written apart from the tool), first measured at 0.455 / 0.500 by code alone."""
    alone = score(directory=PIPELINE2)
    assert alone.precision >= 0.85 and alone.recall >= 0.6, alone
    judged = score(labelled_judge(PIPELINE2), directory=PIPELINE2)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_third_set_of_pages_written_apart() -> None:
    """merge_pipeline3 (a flood, a corruption verdict, a takeover), first measured at 0.625 / 0.278 by code alone,
    the judge then ignored: the least alike pair it had to call two events was one flood in two languages. Its
    precision went from 0.727 to 0.667 when a verdict and its sentence became one kind of happening (holdout2 and
    holdout3 gained pairs): the pair now counted wrong joins another outlet's "had sentenced Ortega ... for bribery
    and influence peddling" to the sentence of one article ("found Mr Ortega guilty of bribery and influence
    peddling") that its labels, which give two events of one article two labels, set apart from that article's other
    report of the verdict; with a judge as good as the labels, recall went from 0.833 to 0.667 for the same join
    (that report cannot also join the article's other one). Read again after a headline kept alone gave way to its
    lead (four pages), 0.714 / 0.556; 0.786 / 0.611 when a summary whose "what" is its evidence sentence no longer
    names the people of that sentence's cause clause; 0.846 / 0.611 when a report that names only its story's
    subject no longer shares all it names; 0.933 / 0.609 read again when a model's words are never anchored on a
    sentence that reports nothing (two pages give another sentence in place of a quotation: one more pair to find).
    Once a headline above its longer standfirst (a blank line between) was the headline, and a bank named "Solvena
    Credit" no photo's credit, pages whose headline had been read wrong were asked anew with their own headline;
    their answers now give more second reports and background (a trial's standfirst, "no relation to the former
    mayor"), which join the verdict's reports: 0.625 / 0.435."""
    alone = score(directory=PIPELINE3)
    assert alone.precision >= 0.62 and alone.recall >= 0.43, alone
    judged = score(labelled_judge(PIPELINE3), directory=PIPELINE3)
    assert judged.precision >= alone.precision and judged.recall >= 0.66, judged


def test_merging_the_embedded_models_summaries_of_a_fourth_set_of_pages_written_apart() -> None:
    """merge_pipeline4 (a wildfire, a hospitals' ransomware attack, a mayoral run-off), first measured at 0.500 /
    0.467 by code alone; 0.900 / 0.600 when a report that names only its story's subject no longer shares all it
    names (Ganea's concession, naming Costeni, had joined the new mayor's victory speech); 0.818 / 0.600 when a
    headline whose subject the story's own sentences name gave way to them (page 14's headline had kept apart the
    result and a background line that names it in a "when" clause); 0.900 / 0.600 again when "before" opened a
    clause only before "the", "a" or a possessive (that line ends "before commenting"). Once a headline above its
    longer standfirst (a blank line between) was the headline, and a bank named "Solvena Credit" no photo's credit,
    pages whose headline had been read wrong were asked anew with their own headline; their answers now give a
    run-off's standfirst and count, a fire's start and the operations postponed as events of their own, which join
    other outlets' reports labelled apart: 0.533 / 0.571."""
    alone = score(directory=PIPELINE4)
    assert alone.precision >= 0.53 and alone.recall >= 0.57, alone
    judged = score(labelled_judge(PIPELINE4), directory=PIPELINE4)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_fifth_set_of_pages_written_apart() -> None:
    """merge_pipeline5 (an emergency landing, a march that ended in clashes, a coach sacked), first measured at 0.500 /
    0.300 by code alone; 0.583 / 0.318 when a clause's names stay the clause's ("have appointed Rybarczyk ...
    following the dismissal of Kłosek"); 0.636 / 0.318 when a headline whose subject the story's own sentences name
    gave way to them; 0.692 / 0.409 when an inflection that drops a vowel from a name's stem kept the name
    ("Kłoskiem", "Kłosek"); 0.692 / 0.346 read again when a model's words were never anchored on a sentence that
    reports nothing and "Why Kazakhstan" was no name: four pages give other sentences, among them a second report of
    the Astana clashes ("police used tear gas ... near the Mazhilis") that shares no name with the others (four more
    pairs to find); 1.000 / 0.346 when a minister's judgement of a happening ("defended the police's use of tear gas
    against protesters") became a kind of its own, no longer the clashes. 0.900 / 0.346 on 26 pairs, read again when
    an advertisement's pitch under its label in a plain-text page, a live page's sign-off in other languages, a
    related story's headline and date and a newsletter's sign-up were furniture, and "this morning", "last night",
    Croatian "danas" and Croatian months were dates: the football page, asked anew, gives three more sentences of
    the match, one of which joins the fans' protest after it."""
    alone = score(directory=PIPELINE5)
    assert alone.precision >= 0.89 and alone.recall >= 0.34, alone
    judged = score(labelled_judge(PIPELINE5), directory=PIPELINE5)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_sixth_set_of_pages_written_apart() -> None:
    """merge_pipeline6 (a rate cut, a food recall, a minister's resignation), measured as it came: 0.385 / 0.294 by
    code alone, with no rule changed for it; 0.417 / 0.294 when a clause's names stay the clause's and a clause
    opened by "before" gives another happening ("the euro rose ... before the bank announced a cut"). Two pages then
    read again: the live blog's "BREAKING:" heading and key-point bullet gave way to its sentence of the cut, and
    page 06's headline is no longer the advertisement above it (its new answer lists only the minister's welcome,
    not also the cut it recalls, one pair fewer that was rightly joined): 0.400 / 0.308. 1.000 / 0.308 when a clause
    on a person that ends a sentence (", who resigned on Wednesday.") no longer gave a councillor's denial the kind
    of the minister's resignation. 0.800 / 0.308 when page 18's headline was no longer the advertisement above it
    ("AD: Office space ..."): the model, asked anew, gives the lender's own sentence, dated Thursday, which joins
    the central bank's cut (one country, one kind, two days apart). 1.000 / 0.385 when a name, a colon and a
    quotation ("- Berényi: 'not the start of a cycle'") reported nothing: the live blog, asked anew, gives its
    opening line instead. Once a headline above its longer standfirst (a blank line between) was the headline, and a
    bank named "Solvena Credit" no photo's credit, pages whose headline had been read wrong were asked anew with
    their own headline; the forint's fall "after the central bank unexpectedly cut interest rates" now joins the
    cut: 0.714 / 0.385."""
    alone = score(directory=PIPELINE6)
    assert alone.precision >= 0.71 and alone.recall >= 0.38, alone
    judged = score(labelled_judge(PIPELINE6), directory=PIPELINE6)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_seventh_set_of_pages_written_apart() -> None:
    """merge_pipeline7 (a ceasefire signed abroad, a volcano's eruption and an airport's closure, a regulator's
    fine), measured as it came: 0.467 / 0.412 by code alone; 0.750 / 0.353 when a report that names only the story's
    subject ("El Tavuro ... es el volcán más activo del archipiélago") no longer shares all it names with every
    report of the story. 0.833 / 0.435 when a site's name after the bar of a title in other words than the headline
    named two pages' outlets: the wire copy's second outlet, asked anew, gives the wire's four events, not one.
    0.909 / 0.417 when a name, a colon and a quotation reported nothing ("- Mediator Maren Holtvedt: 'The guns
    should fall silent tonight'" had joined the fisheries accord Holtvedt signed); 0.833 / 0.417 when a date still
    to come given as a deadline ("all prisoners exchanged by 31 December") dated nothing: the live blog's recap of
    the terms, no longer dated 31 December, joins the fisheries accord's terms. 0.833 / 0.435 when the live blog's
    "parliament will vote on the deal on Thursday", written on the Tuesday, was labelled as the vote foretold, not
    the vote, a report of a day still to come joining no report of that day. 0.714 / 0.435 on 23 pairs, read again
    when an advertisement's pitch under its label in a plain-text page, a live page's sign-off in other languages, a
    related story's headline and date and a newsletter's sign-up were furniture, and "this morning", "last night",
    Croatian "danas" and Croatian months were dates: the Sepor page, asked anew, gives its dated lead beside its
    undated "moved Sepor from Level 1 to Level 2", which joins the Tavuro alert of the Tuesday. Read again after a
    review narrowed what is page furniture (an advertisement's pitch only with a brand and a dash, a related story's
    line only in a list of such lines, no sign-off words that are also common words): the Sepor page reads as
    before, 0.833 / 0.435 on 23 pairs. Once a headline above its longer standfirst (a blank line between) was the
    headline, and a bank named "Solvena Credit" no photo's credit, pages whose headline had been read wrong were
    asked anew with their own headline; the volcano's standfirst, the alert raised, joins the airport's closure:
    0.706 / 0.522."""
    alone = score(directory=PIPELINE7)
    assert alone.precision >= 0.7 and alone.recall >= 0.52, alone
    judged = score(labelled_judge(PIPELINE7), directory=PIPELINE7)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_an_eighth_set_of_pages_written_apart() -> None:
    """merge_pipeline8 (a chemical plant's explosion, a rail strike, a cup final), measured as it came: 0.133 /
    0.222 by code alone; 0.286 / 0.222 when Polish "po" before a kind of happening made it background and a
    sentence that tells its own kind of happening took no names from its clause of another. 0.300 / 0.273 when
    three pages' outlets were read from their titles ("... - Fakty24 Świat") and the analysis's no longer from
    its headline: asked anew, the Polish page gives one event where it gave five, the analysis the explosion
    it recalls. 0.429 / 0.273 when a participle describing a noun told no happening (the Dutch headline of the
    arrest, "van ontplofte chemiefabriek ... opgepakt", had joined the explosion); 0.400 / 0.222 when "What
    Vardenholm" was no name: asked anew, the analysis gives only "First the numbers ...", not the explosion it
    recalls, which had joined the explosion's entry. 0.429 / 0.273 when a comment page's standfirst was no event:
    the analysis then gives the explosion it recalls, which joins the explosion's entry. 0.667 / 0.364 when a
    strike suspended was its end (the Romanian "greva ... a fost suspendată", past an aside in its language,
    no longer joins the talks of the day before)."""
    alone = score(directory=PIPELINE8)
    assert alone.precision >= 0.66 and alone.recall >= 0.36, alone
    judged = score(labelled_judge(PIPELINE8), directory=PIPELINE8)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_ninth_set_of_pages_written_apart() -> None:
    """merge_pipeline9 (a corruption verdict, a central bank's rate rise, a wildfire; en, es, cs, it, pt),
    measured as it came: 0.667 / 0.444 by code alone; 0.800 / 0.444 when Czech "se odvolá proti rozsudku" (will
    appeal against the verdict) was read as the appeal, not the verdict; 0.857 / 0.667 when a verdict and its
    sentence earned the bonus of one kind of happening; 1.000 / 0.667 when "no ano passado" (last year) and the
    like were read in the other languages: the Portuguese page's exports of last year no longer join the
    currency's rise of the day (its answer, asked anew with the phrase among its dates, dates them)."""
    alone = score(directory=PIPELINE9)
    assert alone.precision >= 0.99 and alone.recall >= 0.66, alone
    judged = score(labelled_judge(PIPELINE9), directory=PIPELINE9)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_tenth_set_of_pages_written_apart() -> None:
    """merge_pipeline10 (a prisoner exchange, a ferry that capsized, a telecom's data breach; en, fr, tr, sv, de,
    pl), measured as it came: 0.500 / 0.500 by code alone. Read again when a French headline quoting in « » was
    read, a Turkish sentence was dated by its main clause and another sentence's "since March" dated nothing:
    0.625 / 0.455 (the French page now gives the exchange in its own words, undated, and joins no other report;
    the Turkish landing, dated right, joins a Swedish remark that names the exchange); 0.778 / 0.636 when Swedish
    "släppte" (released) was a release: the Swedish report of the exchange joins the others; 0.800 / 0.727 when
    Polish "zatrzymała" (detained) was an arrest, "zatrzymał się" (stopped) none; 1.000 / 0.700 when "last year"
    was read in the other languages: asked anew with more date phrases to choose from, the Polish page gives only
    the hackers' claim, not the sentence of the probe and the shares' fall that had joined the shares' report.
    0.800 / 0.727 when Swedish "i går" and "i dag" were read: asked anew, the Swedish page gives its headline, its
    lead and the landing beside the exchange, and its second report of the exchange joins the wire's third."""
    alone = score(directory=PIPELINE10)
    assert alone.precision >= 0.8 and alone.recall >= 0.72, alone
    judged = score(labelled_judge(PIPELINE10), directory=PIPELINE10)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_an_eleventh_set_of_pages_written_apart() -> None:
    """merge_pipeline11 (an election night's results, concession and victory speech; a derailment and an
    evacuation; a competition fine; en, nl, ro, hu, fi, uk), measured as it came: 0.625 / 0.217 by code alone.
    (Its pages were first dated days after the day it came, and lost their dates as no real page would: they
    were moved back a week, weekdays kept, before it was measured.) 0.714 / 0.217 when an order called off
    with a word that also cancels flights ("скасувала наказ про евакуацію") was the order's end; 0.714 / 0.185
    when a page's byline date was read where its markup states none: the Hungarian page, dated, gives four events
    where it gave one (27 pairs to find where there were 23)."""
    alone = score(directory=PIPELINE11)
    assert alone.precision >= 0.87 and alone.recall >= 0.25, alone
    judged = score(labelled_judge(PIPELINE11), directory=PIPELINE11)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_twelfth_set_of_pages_written_apart() -> None:
    """merge_pipeline12 (aid workers kidnapped, the kidnappers' video and their release; a forest fire, a
    firefighting plane's crash and the fire under control; two banks' merger, the shares and a minister's
    criticism; en, it, pl, cs, el, id), measured as it came: 0.429 / 0.333 by code alone; 0.500 / 0.333 when a
    relative clause on who it happened to ("pekerja yang diculik ... dibebaskan") gave a sentence no kind and
    "released a video" was no release; 0.500 / 0.300 when a byline's date in an element of class "autor" dated two
    pages: the Czech page, asked anew, gives the release (ten pairs to find where there were nine); 0.375 / 0.214
    when a byline was no event nor a sentence to choose: the Czech page, asked anew, gives the video and the
    kidnapping instead of the release, and the video's entry takes in the release and an airport's background.
    0.500 / 0.214 when a release that is demanded ("żądają ... uwolnienia", "požadovali ... propuštění") was no
    release: the Polish and Czech reports of the video no longer join the release."""
    alone = score(directory=PIPELINE12)
    assert alone.precision >= 0.5 and alone.recall >= 0.21, alone
    judged = score(labelled_judge(PIPELINE12), directory=PIPELINE12)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_thirteenth_set_of_pages_written_apart() -> None:
    """merge_pipeline13 (a state visit: arrival, talks, two agreements signed, departure; a former minister's
    verdict, sentence, supporters' protest and appeal; a river flood, a levee's breach, its toll and a minister's
    visit; en, de, fr, pt, es, sv). Before labelling, reading its pages showed a related-stories list dating a
    page (htmldate), advertisements' boxes in the text and a Turkish ablative read as a participle, all mended in
    general. Measured then: 0.400 / 0.222 by code alone on 27 pairs; 0.545 / 0.222 when a report with no date or
    kind of its own that names only past years ("the worst flooding since 1998, when the same levee broke")
    recalled the past; 0.583 / 0.259 when "will not accept the judgment" was a reaction, not the verdict; 0.615 /
    0.348 on 23 pairs when Swedish "i går" was read: asked anew, the Swedish page dates the sentence ("dömde i
    går") and no longer gives the verdict of the Tuesday."""
    alone = score(directory=PIPELINE13)
    assert alone.precision >= 0.61 and alone.recall >= 0.34, alone
    judged = score(labelled_judge(PIPELINE13), directory=PIPELINE13)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_fourteenth_set_of_pages_written_apart() -> None:
    """merge_pipeline14 (a colliery's gas explosion, the rescue, the owner's chief arrested and a day of mourning; a
    government's fall, the prime minister's resignation and a caretaker; a carmaker's recall, its chief's
    apology, the shares and a regulator's inquiry; en, ru, tr, sk, da, hr, nb). Before labelling, reading its
    pages showed cookie notices in Russian, Turkish and Slovak taken for headlines and events, and an
    advertisement's pitch for a sentence, mended in general. Measured then: 0.833 / 0.385 by code alone on 13
    pairs; 0.833 / 0.357 on 14 when a sentence telling that someone would not comment was no event: the live
    page, asked anew, gives the rescue where it gave "has not responded to our requests for comment today".
    0.714 / 0.357, read again when an advertisement's pitch under its label in a plain-text page, a live page's
    sign-off in other languages, a related story's headline and date and a newsletter's sign-up were furniture,
    and "this morning", "last night", Croatian "danas" and Croatian months were dates: the Slovak page gives the
    day of mourning three times and the arrest, and the copper mine's page its lead; a second report of the
    mourning joins the Russian one. Read again after a review narrowed what is page furniture (an
    advertisement's pitch only with a brand and a dash, a related story's line only in a list of such lines, no
    sign-off words that are also common words): six pages read back as they were, 0.800 / 0.308 on 13 pairs."""
    alone = score(directory=PIPELINE14)
    assert alone.precision >= 0.79 and alone.recall >= 0.3, alone
    judged = score(labelled_judge(PIPELINE14), directory=PIPELINE14)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_fifteenth_set_of_pages_written_apart() -> None:
    """merge_pipeline15 (a cyclone's landfall, a ferry capsized the same night, an airport closed and reopened, a state
    of emergency; a software group's job cuts, its shares, a union protest and its chief's resignation; a cup
    final, the fans' riot, a coach's resignation and a league inquiry; en, fr, es, id, de, it, nl, pt, pl). Its
    pages (an AMP page, a date only in JSON-LD, reader comments, key points, a gallery, a paywall, a timeline, a
    live page in Indonesian) were read first and their faults mended in general (an advertisement's pitch under
    its label, an Indonesian sign-off, "last night"). Measured then: 0.571 / 0.182 on 22 pairs. Read again after
    a review narrowed what is page furniture (an advertisement's pitch only with a brand and a dash, a related
    story's line only in a list of such lines, no sign-off words that are also common words): three pages were
    asked anew or read back, 0.600 / 0.136 on 22 pairs. 1.000 / 0.136 when a cut of jobs was job losses: the
    Italian report of the chief executive's departure "dopo l'annuncio del piano di tagli" no longer joins the
    job cuts."""
    alone = score(directory=PIPELINE15)
    assert alone.precision >= 0.99 and alone.recall >= 0.31, alone
    judged = score(labelled_judge(PIPELINE15), directory=PIPELINE15)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_sixteenth_set_of_pages_written_apart() -> None:
    """merge_pipeline16 (a school food-poisoning outbreak, two children's deaths, a minister's hospital visit and
    the caterer's director detained; a water treaty's summit, its ministers' dinner the evening before, a protest
    and the ratification; a cash-van robbery, the arrests, a surrender and the charges; en, uk, ro, fi, hu, el, hr).
    Its pages (a date only in a time element, a byline at the bottom, a correction note, comments, an opinion
    column, a live page) were read first and their faults mended in general ("this morning", Croatian "danas" and
    months, a related story's headline and date, a newsletter's sign-up). Measured then: 0.688 / 0.550 on 20 pairs;
    0.800 / 0.600 when Romanian "reținut" (detained) was an arrest; 0.611 / 0.478 on 23 pairs when a byline at the
    end of a page's text dated it: the Romanian page, asked anew, gives its headline, the detention told twice and
    the deaths beside its lead, and one of its background sentences joins the outbreak. Read again after a review
    narrowed what is page furniture (an advertisement's pitch only with a brand and a dash, a related story's line
    only in a list of such lines, no sign-off words that are also common words): five pages were asked anew (the
    detention's page gives the police's post and two more reports of it), 0.500 / 0.364 on 22 pairs. Once a headline
    above its longer standfirst (a blank line between) was the headline, and a bank named "Solvena Credit" no
    photo's credit, pages whose headline had been read wrong were asked anew with their own headline; the caterer's
    director's page gives two reports of the detention that meet: 0.471 / 0.364."""
    alone = score(directory=PIPELINE16)
    assert alone.precision >= 0.47 and alone.recall >= 0.36, alone
    judged = score(labelled_judge(PIPELINE16), directory=PIPELINE16)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_seventeenth_set_of_pages_written_apart() -> None:
    """merge_pipeline17 (a hospital network's ransomware attack, a minister's visit and crisis meeting the same day,
    arrests abroad and the systems restored; a ferry's collision with a container ship, the captain questioned and
    then detained; a runner's positive test, her denial, the hearing and the ban; en, pl, cs, da, tr, pt, es, it).
    Its pages were read first and their faults mended in general: a row of share targets ending in a count of
    comments, a byline at the bottom signed "Af ...", a weekday of last week ("onsdag i sidste uge", read before as
    that week's), "a week ago today" and "nine days ago". Measured then, with no merge rule changed: 0.900 / 0.409 on
    22 pairs; 0.923 / 0.545 when a collision was a crash and an English participle between commas an aside (",
    operated by Quellan Ferries and arriving from ...,": no arrival). After a review, a name and a date alone no
    longer date a page (a related story's headline has that shape): the Italian page, undated and asked anew, gives
    five reports of the hearing, two of which join the positive test and the denial: 0.750 / 0.545 on 22 pairs."""
    alone = score(directory=PIPELINE17)
    assert alone.precision >= 0.75 and alone.recall >= 0.54, alone
    judged = score(labelled_judge(PIPELINE17), directory=PIPELINE17)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_an_eighteenth_set_of_pages_written_apart() -> None:
    """merge_pipeline18 (a central bank's surprise rate rise, the currency, the finance minister's criticism, a
    bank's mortgage rates and the governor's hearing; a wildfire, an evacuation, a firefighter killed, a state of
    emergency and the fire contained; a prime minister's state visit: arrival, talks, a trade agreement, a speech
    and the departure; en, hu, fi, el, ro, sv, de, nl, uk, fr). Its pages were read first and one fault mended in
    general (a Ukrainian advertisement's pitch under "РЕКЛАМА", with an em dash after its brand, was an event).
    Measured then, with no merge rule changed: 1.000 / 0.500 on 6 pairs (26 events: the embedded model gives one
    event for most pages). Swedish "räddningschefen" (the rescue chief) read as a rescue changed no pair; a fire
    "under kontroll" contained and the start of a state that has ended no day of its end ("sedan i onsdags ... är
    under kontroll" was dated the Wednesday): 1.000 / 0.667. Once a "skip to content" link in Swedish, German and
    French was no masthead (it had been three pages' outlet), those pages were asked anew: the Swedish one gives
    five events, among them the evacuation, which the Romanian lead ("... a scăpat de sub control ..., iar
    autoritățile au ordonat evacuarea satului Pinosca", labelled the fire by its first clause) joins: 0.750 / 0.375
    on 8 pairs. Once the same link in Finnish and Ukrainian, written with "main" ("Siirry pääsisältöön", "Перейти до
    основного вмісту"), was no masthead either, those two pages were asked anew: the Ukrainian one now gives a heading
    on the trade agreement ("Головний підсумок поїздки — угода ...") in place of the departure, so the departure's
    pair is gone and the heading's pair with the German signing is missed: 0.667 / 0.250 on 8 pairs."""
    alone = score(directory=PIPELINE18)
    assert alone.precision >= 0.66 and alone.recall >= 0.25, alone
    judged = score(labelled_judge(PIPELINE18), directory=PIPELINE18)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_nineteenth_set_of_pages_written_apart() -> None:
    """merge_pipeline19 (a general strike: its call, the strike day, a march, the minister's statement, talks, a
    second strike announced, a pension deal and its approval; a road bridge's collapse: the rescue, the death toll
    rising from one report to the next, a day of mourning declared, an inspector's arrest; a snap election: polling,
    results, the prime minister's concession, coalition talks; en, es, id, pl, pt, el, tr, cs, no, it). Its pages
    were read first, and four faults mended in general: a live page's note on its clock ("All times local (UTC+1).")
    was an event; an opinion page filed by its breadcrumb ("Commenti > Il punto") gave its standfirst as one; a
    byline labelled "Text:" below the lists of other stories was not read, so the Czech page was undated; Turkish
    "bugün öğleden önce" (today before noon) was read as a participle, so the concession was dated the election's
    day. Measured then, with no merge rule changed: 0.500 / 0.111 on 9 pairs (33 events: the embedded model gives
    one event for most pages): a Norwegian party leader "ready if the talks with Eikeberg break down" joined the
    coalition talks themselves. A clause of what may happen ("if", "dersom", "falls") tells no kind of happening:
    1.000 / 0.111. Greek "ντ" and "μπ" with no vowel before them read as a foreign d and b ("Καρντένια", Kardenia),
    "ήττα" (defeat) as a concession, and a crime laid to a suspect ("ο ύποπτος για την ένοπλη ληστεία",
    "osumnjičenih za oružanu pljačku") as no happening of the sentence: the Greek and the Turkish reports of the
    prime minister's concession meet, 1.000 / 0.222. Once a Norwegian cookie notice ("Vi bruker informasjonskapsler
    ...") was no headline, that page was asked anew and gives the coalition talks: 1.000 / 0.200 on 10 pairs (its
    pair with the English report of the talks is missed). Once a headline above its longer standfirst (a blank line
    between) was the headline, and a bank named "Solvena Credit" no photo's credit, pages whose headline had been
    read wrong were asked anew with their own headline; the Italian column now gives the march alone: 1.000 / 0.167
    on 6 pairs."""
    alone = score(directory=PIPELINE19)
    assert alone.precision >= 0.99 and alone.recall >= 0.16, alone
    judged = score(labelled_judge(PIPELINE19), directory=PIPELINE19)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_merging_the_embedded_models_summaries_of_a_twentieth_set_of_pages_written_apart() -> None:
    """merge_pipeline20 (an airline's IT failure: the failure, the cancellations, the chief executive's apology, the
    minister's summons, flights back to normal, the report and the resignation; a bank hostage-taking: the siege,
    the surrender, the charge; a football club's coach sacked and replaced; en, nl, fr, sv, hu, ro, hr, fi, sk, uk,
    de). Its pages were read first and their faults mended in general (a headline asked as a question, a row of
    buttons, "OGLAS" over a pitch, "Autor:" and "Автор:" bylines, a headline above its longer standfirst, a bank named
    "Credit"; "last Tuesday" on a Wednesday is the week before's). Measured then, with no merge rule changed: 0.667 /
    0.286 on 7 pairs (41 events). Swedish "Kaldairs" and Finnish "Kaldairin" did not meet: two languages' endings on
    one stem of six letters or more are one name, 0.571 / 0.571 (the Romanian page's "Kestrany este un oraș
    liniștit", background naming the town and the country, joins the surrender)."""
    alone = score(directory=PIPELINE20)
    assert alone.precision >= 0.57 and alone.recall >= 0.57, alone
    judged = score(labelled_judge(PIPELINE20), directory=PIPELINE20)
    assert judged.precision >= alone.precision and judged.recall >= alone.recall, judged


def test_a_judge_wrong_once_in_ten_keeps_precision() -> None:
    """Every pair across two groups must be the same event to the judge, so one wrong "yes" joins nothing."""
    for folder, floor, _ in [(SET, CODE_PRECISION, 0), *HELD_OUT]:
        alone, judged = score(directory=folder), score(erring_judge(folder), directory=folder)
        assert judged.precision >= min(floor, alone.precision), (folder.name, judged)


def test_the_judge_is_asked_at_most_judge_calls_questions() -> None:
    from summarise.settings import Settings

    alone = score(directory=HOLDOUT4)
    for budget in (0, 10, 20):
        got = score(labelled_judge(HOLDOUT4), directory=HOLDOUT4, settings=Settings(judge_calls=budget))
        assert got.model_calls <= (budget + 2 if budget else 0), got  # and the two control pairs
        assert got.recall > alone.recall if budget else got.recall == alone.recall  # the answers it had, used
    assert score(labelled_judge(HOLDOUT4), directory=HOLDOUT4).model_calls > 7


def test_a_judge_that_always_agrees_or_always_refuses_changes_nothing() -> None:
    alone = score()
    for judge in (constant_judge(True), constant_judge(False)):
        got = score(judge)
        assert (got.precision, got.recall, got.entries) == (alone.precision, alone.recall, alone.entries)
        assert got.model_calls <= 2  # the control pairs only


def test_no_entry_holds_two_events_of_one_article_and_every_merge_has_its_reasons() -> None:
    import asyncio

    from summarise.backends.base import Usage
    from summarise.merge.cluster import group
    from summarise.merge.items import items_from
    from summarise.settings import Settings

    from .merge_set import load

    summaries, _ = load()
    grouping = asyncio.run(group(items_from(summaries), ask=None, settings=Settings(), usage=Usage()))
    for n, cluster in enumerate(grouping.clusters):
        assert len({it.article for it in cluster}) == len(cluster)
        assert len(grouping.links[n]) == len(cluster) - 1
        assert all(link.score > 0 and link.by in ("code", "story", "aligned") for link in grouping.links[n])
        assert all(link.kind for link in grouping.links[n] if link.by == "story")


def test_an_embedding_model_counts_only_when_given_and_a_perfect_one_raises_recall_not_errors() -> None:
    import asyncio
    import math

    from summarise.backends.base import Usage
    from summarise.merge.cluster import group
    from summarise.merge.items import items_from
    from summarise.merge.semantic import Semantic
    from summarise.settings import Settings

    from .merge_set import load, pairwise

    def run(items: list, labels: dict[str, str], semantic: Semantic | None) -> tuple[float, float, int]:
        g = asyncio.run(group(items, ask=None, settings=Settings(), usage=Usage(), semantic=semantic))
        got = pairwise(g.clusters, labels)
        return got.precision, got.recall, got.entries

    for folder in (SET, HOLDOUT2):
        summaries, labels = load(folder)
        items = items_from(summaries)
        gold = [labels[it.event.id] for it in items]
        alone = run(items, labels, None)
        no_say = [[math.nan] * len(items) for _ in items]
        assert run(items, labels, Semantic(no_say, 0.0, 1.0, weight=0.5, bonus=10.0)) == alone, folder.name
        perfect = [[1.0 if x == y else 0.0 for y in gold] for x in gold]
        got = run(items, labels, Semantic(perfect, 0.0, 1.0, weight=0.5))
        assert got[0] >= alone[0] and got[1] > alone[1], (folder.name, alone, got)


def test_the_judges_questions_go_out_together_and_no_more_at_once_than_the_maps_calls() -> None:
    import asyncio

    from summarise.backends.base import GenerateRequest, GenerateResult, Usage
    from summarise.backends.scripted import ScriptedBackend
    from summarise.pipeline import areduce
    from summarise.settings import Settings

    from .merge_set import load

    right = labelled_judge(HOLDOUT4)
    flight = {"now": 0, "most": 0}

    class SlowJudge(ScriptedBackend):
        """A test double: the labels' judge, each answer taking a moment, counting answers in flight."""

        async def generate(self, request: GenerateRequest) -> GenerateResult:
            flight["now"] += 1
            flight["most"] = max(flight["most"], flight["now"])
            await asyncio.sleep(0.001)
            flight["now"] -= 1
            if request.kind == "same_event":
                return await right(request)
            return GenerateResult(data={"headline": "", "headline_event_ids": [], "overview": []}, valid=True)

    summaries, _ = load(HOLDOUT4)
    backend = SlowJudge(lambda request, attempt: {})
    briefing = asyncio.run(areduce(summaries, [], backend, Settings(concurrency=3), usage=Usage()))
    assert briefing.run.judge == "used"
    assert flight["most"] == 3  # together, and never more at once than --concurrency


def test_a_labelled_set_without_its_summaries_is_an_error_not_a_perfect_score(tmp_path: Path) -> None:
    import shutil

    from tests.merge_set import load

    shutil.copy(PIPELINE2 / "labels.json", tmp_path / "labels.json")
    with pytest.raises(ValueError, match="summaries and labels differ"):
        load(tmp_path)
