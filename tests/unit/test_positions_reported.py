"""What another's words report and what stays a party's own (``reported.reported_away``)."""

from __future__ import annotations

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.reported import reported_away
from tests.reading import analyse as _analyse
from tests.reading import at as _at
from tests.reading import content_at, holders
from tests.reading import cues as _cues


def test_a_verb_joined_to_a_cue_is_beside_its_content_not_reported_in_it():
    a = _analyse(
        "District Judge Kevin Grey dismissed the claims and found him guilty of drink-driving."
    )
    assert _at(a, "found").party == _at(a, "dismissed").party


def test_a_name_saying_something_in_a_sentence_of_its_own_is_not_reported_by_another():
    """A tagged quote's content that runs back over the sentence before ("... microbes."
    Still, John Grunsfeld said ... "..., " he said) reports nothing in it; but a cue said
    by a pronoun there is still reported. Inside a quote, a name's cue is its own ("He just
    announced" is reported, "Roscosmos announced" is Roscosmos's)."""
    doc = load_pipeline().nlp(
        "Still, John Grunsfeld said it is an exciting time. They say it was a rumour. "
        '"We are one generation away," he said.'
    )
    text = doc.text

    def said(source: str, cue: str) -> Attribution:
        holder = next(t for t in doc if t.text == source)
        token = next(t for t in doc[holder.i :] if t.text == cue)
        return Attribution([token], "say", "VERB", holder, anchor=token, unconfirmed=True)

    named, pronoun, last = said("Grunsfeld", "said"), said("They", "say"), said("he", "said")
    last.content = [(0, text.rindex('"'))]  # run back over both sentences
    found = [named, pronoun, last]
    assert not reported_away(named, found, True)
    assert reported_away(pronoun, found, True)
    assert not reported_away(named, found, True, [(0, len(text))])  # inside a quote
    assert reported_away(pronoun, found, True, [(0, len(text))])
    assert not reported_away(named, found, False)


def test_a_clause_with_a_speaker_of_its_own_is_beside_a_cue_not_reported_in_it():
    a = _analyse(
        "Neighbours described Mr Yeaman as kind and generous while his friend John Fisher "
        "told ABC Radio he was a schizophrenic pensioner who enjoyed music."
    )
    assert "told" in _cues(a)


def test_a_name_writing_in_a_clause_set_against_anothers_words_is_not_reported_by_them():
    doc = load_pipeline().nlp(
        'President Andrzej Duda said the victims were "joyful girls" in an "appalling tragedy" '
        "while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks."
    )
    said, wrote = (next(t for t in doc if t.text == w) for w in ("said", "wrote"))
    assert wrote.dep_ == "advcl" and wrote.head != said  # hung on what Duda said
    duda = Attribution([said], "say", "VERB", doc[2], anchor=said)
    duda.content = [(said.idx + 5, len(doc.text) - 1)]
    brudzinski = Attribution([wrote], "write", "VERB", wrote.nbor(-1), anchor=wrote)
    assert not reported_away(brudzinski, [duda, brudzinski], True)


def test_a_names_speech_told_in_anothers_words_is_theirs_but_not_what_a_demand_asks():
    doc = load_pipeline().nlp(
        "The prosecutor said Adeli replied that they could be friends. The governor requested "
        "President Trump declare an emergency."
    )
    said, replied, requested, declare = (
        next(t for t in doc if t.text == w) for w in ("said", "replied", "requested", "declare")
    )
    outer = Attribution([said], "say", "VERB", doc[1], anchor=said)
    outer.content = [(said.idx + 5, replied.sent.end_char - 1)]
    inner = Attribution([replied], "reply", "VERB", replied.nbor(-1), anchor=replied)
    assert not reported_away(inner, [outer, inner], True)
    demand = Attribution([requested], "request", "VERB", requested.nbor(-1), anchor=requested)
    demand.content = [(requested.idx + 10, len(doc.text) - 1)]
    asked = Attribution([declare], "declare", "VERB", declare.nbor(-1), anchor=declare)
    assert reported_away(asked, [demand, asked], True)


def test_a_pronoun_opening_a_quote_of_its_own_after_a_colon_is_not_reported_in_the_last():
    """The quote after "He said:" runs on over the next (the tagger's content); "He added:"
    opens one of its own, a position of the speaker's, not a report inside the first."""
    a = _analyse(
        "Michael Redwood directed the film. He said: ‘Peter was a joy on set every single "
        "day.’ He added: ‘Of course, the wind-ups surfaced whenever the devil inside him came "
        "out.’"
    )
    assert _at(a, "added").party == _at(a, "said").party == "michael-redwood"


def test_a_participle_opening_the_speakers_own_quote_is_the_quotes_words():
    a = _analyse(
        'Columnist Marc Lamont Hill commented, "Hoping that the #istandwithahmed movement '
        'translates into a substantive national conversation on Islamophobia."'
    )
    assert _cues(a) == ["commented"]


def test_a_name_speaking_inside_anothers_quote_holds_a_position_of_its_own():
    a = _analyse(
        'Supply ship lost\n\nNASA said in a statement: "The crew is safe. Roscosmos announced '
        'that the Progress will not be docking and will re-enter the atmosphere."'
    )
    assert _at(a, "announced").party != _at(a, "said in a statement").party


def test_a_view_told_inside_a_quote_reports_nothing_after_the_quote_closes():
    """BBC politics: the tagger ran the content of "They don't want" (inside Mr Blair's quote)
    on over the next sentence, so "The prime minister said he hoped ..." was taken as reported
    in it and dropped. What a quote tells ends where the quote ends."""
    text = (
        'He said: "They do not want to lose the history of the regiment." '
        "The prime minister said he hoped the worries would be heard."
    )
    doc = load_pipeline().nlp(text)
    want = next(t for t in doc if t.text == "want")
    said = [t for t in doc if t.text == "said"][1]
    quote = (text.index('"'), text.index('."') + 2)
    inner = Attribution(
        [want], "want", "VERB", source=doc[3], content=[(want.idx + 5, len(text))], kind="tagged"
    )
    outer = Attribution([said], "say", "VERB", source=doc[said.i - 1])
    assert not reported_away(outer, [inner, outer], True, [quote])
    assert reported_away(outer, [inner, outer], True, [])  # no quote: reported in its content


def test_a_second_cue_the_parser_joined_inside_the_first_ones_report_is_the_speakers():
    """BBC politics: "Davis said it was not possible to overstate ... and urged the
    government to move" hung "urged" on "overstate", so the urging was part of what Davis
    said and no position of its own; now each says its own part."""
    from tests.reading import analyse, holders

    a = analyse(
        "Shadow home secretary David Davis said it was not possible to overstate the "
        'importance of the judgment and urged the government to move as fast as "competently '
        'possible" to replace the powers.'
    )
    assert holders(a, "urged") == ["David Davis"]
    text = a.article.text
    said = next(p for p in a.positions if text[slice(*p.cue)] == "said")
    urged = next(p for p in a.positions if text[slice(*p.cue)] == "urged")
    assert "urged" not in " ".join(text[s:e] for s, e in said.content)
    assert " ".join(text[s:e] for s, e in urged.content).startswith("the government to move")


def test_a_speech_verb_joined_to_what_a_thing_does_in_the_report_is_the_speakers():
    """BBC politics: "Mr Livingstone has said his comments ... were not racist, and said he
    would not apologise" hung the second "said" on "were", as if the comments said it."""
    from tests.reading import analyse, holders

    a = analyse(
        "Labour's Mr Livingstone has said his comments may have been offensive but were not "
        "racist, and said earlier this week he would not apologise even if Mr Blair asked."
    )
    assert holders(a, "said") == ["Livingstone"]


def test_a_belief_joined_to_what_a_thing_is_in_the_last_belief_is_the_believers():
    """BBC technology: "He believes the rivalry ... is overblown and instead thinks the real
    battle is going to be between Yahoo and MSN" hung "thinks" on "is", as if the rivalry
    thought it; it was nobody's."""
    a = _analyse(
        "Allen Weiner is an analyst at Gartner. He believes the rivalry between Google and "
        "Yahoo is overblown and instead thinks the real battle is going to be between Yahoo "
        "and MSN."
    )
    assert holders(a, "thinks") == ["Allen Weiner"]
    assert "thinks" not in content_at(a, "believes")


def test_a_view_told_in_a_relative_clause_is_the_speakers_own_aside():
    a = _analyse(
        "Shadow minister Dominic Grieve attacked the government over its plans to change what "
        'he said was an "exceptional institution".'
    )
    assert holders(a, "said") == ["Dominic Grieve"]


def test_a_second_cue_in_the_perfect_joined_inside_the_first_ones_report_is_the_speakers():
    """BBC business: "Yukos claims its downfall was punishment ... and has vowed to sue" made
    the vow part of the claim, its "and has" too; a perfect is as finite as a past."""
    a = _analyse(
        "Yukos claims its downfall was punishment for the ambitions of its founder and has "
        "vowed to sue any participant in the sale."
    )
    assert holders(a, "has vowed") == ["Yukos"]
    assert content_at(a, "claims").endswith("of its founder")


def test_a_party_joined_to_the_last_noun_of_anothers_report_says_its_own_words():
    a = _analyse(
        "The Conservatives say the two men are behaving like squabbling schoolboys and the "
        "Liberal Democrats claim personal ambition is obstructing good government."
    )
    assert holders(a, "claim") == ["Liberal Democrats"]
    assert "Liberal" not in content_at(a, "say")


def test_a_name_joined_to_the_last_noun_of_a_clause_speaks_alone_for_its_own_verb():
    a = _analyse(
        "The two sides meet on 12 March at Twickenham and Kirwan says his side will be hoping "
        "to make the most of it."
    )
    assert holders(a, "says") == ["Kirwan"]
