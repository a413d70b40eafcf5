"""What a party did in business or sport (signed a deal, sought a move) is no position,
though the verb can carry one ("signed a decree", "sought a more federal Union")."""

from __future__ import annotations

from tests.reading import analyse as _analyse
from tests.reading import shown as _shown


def test_signing_a_deal_is_business_done_but_signing_a_decree_is_not():
    """BBC: "Sky has signed a major new deal to broadcast", "The two firms signed a Memorandum
    of Understanding" were positions of the firms."""
    a = _analyse(
        "Sky takes over Oscar night mantle\n\nSky has signed a major new deal to broadcast "
        "this year's Academy Awards ceremony in the UK, taking over from the BBC. Mitsubishi "
        "will supply Peugeot with 30,000 sports utility vehicles (SUV). The two firms signed a "
        "Memorandum of Understanding, and say they may cooperate on other projects. Prime "
        "Minister Youssef Chahed signed a government decree banning the niqab."
    )
    assert [p for p, _, cue in _shown(a) if "sign" in cue] == ["youssef-chahed"]
    assert {p for p, _, cue in _shown(a) if cue == "say"} == {"mitsubishi", "peugeot"}
    b = _analyse(
        "Comedian Joe Pasquale won the show on Monday. Pasquale said he was delighted. His next "
        "project is pantomime. Before joining I'm a Celebrity, he had signed up to play Jack in "
        "Jack and the Beanstalk."
    )
    assert [cue for _, _, cue in _shown(b)] == ["said"]  # signing up is no view


def test_seeking_a_move_or_access_is_an_act_but_seeking_a_policy_is_a_demand():
    """BBC and Wikinews: "he seeks a return to Ibrox", "will seek a move", "seeking ballot
    access" were demands."""
    a = _analyse(
        "Midfielder John Williams has handed in a transfer request as he seeks a return to Ibrox. "
        "Juninho would like to stay at Celtic but will seek a move if he is not wanted. Kanye "
        "West spent much of August seeking ballot access in various states. Jacques Chirac "
        "sought a more federal European Union."
    )
    assert [(p, stance) for p, stance, _ in _shown(a)] == [("jacques-chirac", "demands")]


def test_enjoying_success_adopting_a_standard_or_knocking_out_a_rival_holds_no_view():
    """BBC: "Lexus have enjoyed tremendous success", "Cingular Wireless is also adopting
    HSDPA", "Exeter City, who knocked out Doncaster", "Carroll required treatment", "resisted
    any temptation to" were positions."""
    for text in [
        "Luxury car makers, notably the Toyota subsidiary Lexus, have enjoyed tremendous "
        "success in the US.",
        "US operator Cingular Wireless is also adopting HSDPA, using technology from Lucent.",
        "Microsoft will adopt open standards allowing music to cross between devices.",
        "Conference side Exeter City, who knocked out Doncaster on Saturday, will travel north.",
        "Goalkeeper Roy Carroll required treatment after he was struck on the head.",
        "The former Beatle Paul McCartney resisted any temptation to refer to the scandal.",
    ]:
        assert _shown(_analyse(text)) == [], text
    a = _analyse("The government will soon require all quoted companies to report their risks.")
    assert [cue for _, _, cue in _shown(a)] == ["will soon require"]
