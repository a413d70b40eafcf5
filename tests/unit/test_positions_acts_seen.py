"""Acts and happenings that a cue word reports, which the reader is not shown as positions:
questioning someone, finding someone somewhere, funding a study, telephoning, refusing to
discuss something, and Wikinews narrating its own article (issue 10). Built sentences, the
real English model."""

from __future__ import annotations

from tests.reading import analyse as _analyse
from tests.reading import cues as _cues
from tests.reading import shown as _shown


def test_a_person_questioned_or_found_somewhere_is_no_view():
    a = _analyse(
        "Police questioned the student about the device. Senator Smith questioned the "
        "decision of the court. Officers found the man standing next to his car. The jury "
        "found him guilty. Half of the money is benefiting people who do not need it, "
        "the study has found."
    )
    assert _cues(a) == ["questioned", "found", "has found"]


def test_a_study_funded_and_wikinews_narrating_hold_no_view_but_a_bill_backed_does():
    a = _analyse(
        "The study was supported by the Croucher Foundation and the US National Science "
        "Foundation. The bill was supported by the Democrats. Wikinews has learned that the "
        "website is being attacked by hackers."
    )
    assert _cues(a) == ["was supported"]


def test_calling_someone_on_the_phone_is_no_view_but_calling_them_something_is():
    a = _analyse(
        "Smith called the police. After calling the organization by phone, Montalvo was put "
        "through to an attorney. Jones called the plan a disaster. The AP called the race "
        "for Biden. Theocharakis called the technical teams from its creditors 'completely "
        "useless'."
    )
    assert _cues(a) == ["called", "called", "called"]


def test_a_call_by_someone_for_something_is_no_telephone_call():
    a = _analyse("A call by Volodymyr Zelensky for more air defence was welcomed in Berlin.")
    assert _cues(a) == ["call"]


def test_a_supporting_role_is_a_part_in_a_film_but_supporting_a_bill_is_backing():
    a = _analyse(
        "Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer "
        "and Hotel Rwanda. Smith has been supporting the bill for years."
    )
    assert _cues(a) == ["has been supporting"]


def test_refusing_to_say_anything_is_no_position_but_refusing_to_act_is():
    """BBC politics: "Dr Fox refused to discuss weekend newspaper reports" was shown as his
    opposing them; a party declining to talk says nothing. Refusing a deed still counts."""
    silent = _analyse(
        "Dr Liam Fox refused to discuss weekend newspaper reports about the loan. "
        "Tony Blair refused to answer further questions on the issue. "
        "Sujata Raisinghani refused to give any more details about the papers."
    )
    assert [cue for _, _, cue in _shown(silent) if cue.startswith("refus")] == []
    acting = _analyse(
        "William Barr refused to hand over the documents. Sharron Storer stomped off, "
        "refusing his pleas to discuss the issue privately."
    )
    assert {(p, cue) for p, _, cue in _shown(acting)} >= {
        ("william-barr", "refused"),
        ("sharron-storer", "refusing"),
    }


def test_calling_for_a_release_of_prisoners_asks_but_posting_a_release_says_nothing():
    """BBC politics: "Archbishop Desmond Tutu has called for the release of the remaining
    inmates" was dropped as a press release, a message whose words are not there."""
    a = _analyse(
        "Archbishop Desmond Tutu has called for the release of the remaining inmates at "
        "Guantanamo Bay. The ministry posted a press release on its website."
    )
    assert [(p, cue) for p, _, cue in _shown(a)] == [("desmond-tutu", "has called for")]


def test_a_participle_saying_what_a_speech_is_about_is_no_position_beside_it():
    """BBC politics: "Commenting on Mr Makarov's case, he said: ..." and "Writing in the
    Guardian, Mr Brown outlined" each gave a second, empty position; so did "Referring to the
    detentions in Cuba, Archbishop Tutu said"."""
    a = _analyse(
        "Oleg Gordievsky defected in 1985. Commenting on Mr Makarov's case, he said: \"The "
        'British state is not a fat cow." Writing in the Guardian, Gordon Brown outlined his '
        "view of the party's direction. Referring to the detentions in Cuba, Archbishop "
        "Desmond Tutu said they were wrong."
    )
    text = a.article.text
    assert sorted(text[slice(*p.cue)] for p in a.positions) == ["outlined", "said", "said"]


def test_what_someone_is_asked_to_do_is_no_position_of_its_own():
    """BBC sport: "has pleaded with Steve Gerrard to reject any overtures" also gave Thompson
    and Gerrard a "reject" each; Wikinews: "advised residents to make plans" a proposal (the
    parser hung the infinitive on the cue as an adverbial clause)."""
    a = _analyse(
        "Liverpool legend Phil Thompson has pleaded with Steve Gerrard to reject any overtures "
        "from Chelsea. The mayor of New Orleans, LaToya Cantrell, advised residents of her city "
        "to make plans and shelter in place."
    )
    assert "reject" not in _cues(a) and "make plans" not in _cues(a)
    assert "has pleaded" in _cues(a)


def test_a_message_welcomed_or_rejected_is_a_side_taken_but_one_posted_is_no_view():
    """BBC business: "Max Lawson welcomed the statement and said" showed only "said": the
    statement welcomed was read as a message posted, whose words are not there."""
    a = _analyse(
        "Oxfam adviser Max Lawson welcomed the statement and said the ministers had passed "
        "the first hurdle. Jones rejected the letter. Smith posted a message on Facebook. "
        "Neil Kinnock was rejecting a junior post in the administration."
    )
    assert _cues(a) == ["welcomed", "said", "rejected"]


def test_saying_nothing_about_something_is_no_claim():
    """BBC business: "G20 finance ministers said nothing about supporting the dollar" was
    shown as what they state."""
    a = _analyse(
        "EU finance ministers said nothing about supporting the dollar. John Snow said nothing "
        "had changed."
    )
    assert _cues(a) == ["said"]


def test_a_demonstration_called_off_and_proceedings_opened_are_no_views():
    """BBC business: "campaigners have called off a demonstration" was a statement, and "Mr
    Blair will formally open the proceedings, although his speech will be pre-empted" legal
    proceedings brought against what the "although" clause says."""
    a = _analyse(
        "Tony Blair is attending the meeting. Anti-globalisation campaigners have called off a "
        "demonstration planned for the weekend. Mr Blair will formally open the proceedings, "
        "although his speech will be pre-empted by Jacques Chirac. Labour called for a strike."
    )
    assert _cues(a) == ["called for"]


def test_support_given_to_someone_or_something_named_is_no_side_taken_on_an_issue():
    a = _analyse(
        "Mr Kent said his manager, Ann Lowe, had always supported him. Jane Howard used her "
        "speech to praise Addaction, a drugs charity which she supports. The founders have "
        "received support from the Rice Foundation. The town was taken in an operation "
        "supported by Russia. Paul Adams has supported LGBT rights."
    )
    assert sorted(_cues(a)) == ["has supported", "said"]


def test_an_attack_of_force_is_no_view_but_an_attack_on_a_party_is():
    a = _analyse(
        "The Houthis attacked journalists in Aden last year. Witnesses said Usman Khan started "
        "attacking people in the hall. The US Navy was short of torpedoes after its attack on "
        "cargo ships. Charles Kennedy attacked Labour over its tax plans."
    )
    assert [(party, cue) for party, _, cue in _shown(a)] == [("charles-kennedy", "attacked")]
