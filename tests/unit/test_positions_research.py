"""A study's team as a party: "scientists say", "the research team", "an international team
of scientists", and "they" after them (``described._study_team``, ``they_described``)."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_the_team_of_a_study_an_article_reports_is_one_party():
    a = analyse(
        "In a study published on Wednesday, an international team of scientists said that "
        "sacred ibises were caught in the wild. They found the DNA of the birds to be diverse. "
        "The researchers reported that the birds were not farmed."
    )
    assert holders(a, "said") == ["Researchers"]
    assert holders(a, "found") == ["Researchers"]
    assert holders(a, "reported") == ["Researchers"]


def test_researchers_of_no_study_some_scientists_and_a_team_of_mps_are_nobody():
    a = analyse(
        "Some scientists say the winter will be cold. Researchers said the road was closed. "
        "'A strong team of SNP MPs will oppose further cuts,' the leader told the rally."
    )
    assert holders(a, "say") == [] and holders(a, "said") == []
    assert holders(a, "will oppose") == []


def test_they_is_not_a_group_described_before_another_subject():
    a = analyse(
        "Prosecutors said the man had been drinking. Police arrived at his house where they "
        "found him standing next to his car."
    )
    assert holders(a, "said") == ["Prosecutors"]
    assert holders(a, "found") == []


def test_a_study_no_one_is_named_making_is_its_teams():
    a = analyse(
        "Ancient Egyptians collected wild ibis birds for sacrifice, says study\n\n"
        "Saturday, November 16, 2019\n\n"
        "In a study published on Wednesday, an international team of scientists said that "
        "sacred ibises were caught in the wild."
    )
    assert holders(a, "says") == ["Researchers"]
    assert [p.name for p in a.parties if p.kind == "GROUP"] == ["Researchers"]


def test_a_headlines_study_is_named_without_the_blank_line_after_it():
    a = analyse(
        "Ancient Egyptians collected wild ibis birds for sacrifice, says study\n\n"
        "Saturday, November 16, 2019\n\nThe birds were caught in the wild."
    )
    assert holders(a, "says") == ["Study"]


def test_research_and_its_results_speak_as_a_study_does():
    a = analyse(
        "Divorce can wreck retirement years later, according to research. In a study "
        "published on Monday, scientists said the star was rotating slowly. The research "
        "suggested it was very similar to another system. The findings indicate that it is a "
        "black hole."
    )
    assert holders(a, "according to") == ["Researchers"]
    assert holders(a, "indicate") == ["Researchers"]
    assert holders(a, "suggested") == ["Researchers"]


def test_scientists_from_a_university_are_the_studys_team_not_the_university():
    a = analyse(
        "In a study published on Monday, scientists from the University of Bristol said that "
        'stripes confuse flies. "The flies cannot land," said study co-author Martin How.'
    )
    assert holders(a, "said") == ["Researchers", "Martin How"]


def test_scientists_from_named_universities_are_the_team_whatever_the_parse_hangs_on_them():
    a = analyse(
        "In a study published on Monday in the journal Nature, scientists from the University "
        "of Colorado at Boulder (CU Boulder) in Colorado and the College of Wooster in Ohio "
        "reported a new mechanism by which warm ocean currents erode ice shelves."
    )
    assert holders(a, "reported") == ["Researchers"]


def test_the_records_of_a_case_speak_and_a_report_of_nobodys_does_not():
    a = analyse(
        "The man was charged with murder on Monday. According to court documents, he met the "
        "girl in May. The affidavit said he had planned the attack for weeks. A report alleged "
        "that fireworks were used. Two people were injured, according to eyewitness reports."
    )
    assert holders(a, "According to") == ["Court documents"]
    assert holders(a, "said") == ["Affidavit"]
    assert holders(a, "alleged") == [] and holders(a, "according to") == []


def test_research_speaks_for_who_carried_it_out_and_a_name_holding_research_is_no_writing():
    a = analyse(
        "Attitudes are changing among the younger generation. Research carried out by the "
        "Forsa Institute found that the number of people who saw the end of the war as a "
        "liberation had risen."
    )
    assert holders(a, "found") == ["Forsa Institute"]
    b = analyse(
        "Materials scientists at Penn State University developed a new coating for toilets. "
        "The work was funded by the Office of Naval Research. According to the report, the "
        "two-spray process is cheap."
    )
    assert holders(b, "According to") != ["Office of Naval Research"]


def test_a_description_is_named_by_its_words_up_to_a_mark_after_it():
    a = analyse(
        "Study: people infected by new virus 'likely' hundreds more than confirmed\n\n"
        "The virus spread in the city of Wuhan in December."
    )
    assert holders(a, ":") == ["Study"]


def test_what_a_studys_team_found_is_its_position_and_a_statement():
    a = analyse(
        "In findings published on Wednesday in Science Advances, researchers from Georgia "
        "Tech reported warming seas hurt corals. The researchers examined three types of "
        "coral. The researchers found when fish were plentiful, they would eat algae."
    )
    assert holders(a, "found") == ["Researchers"]
    assert [p.stance for p in a.positions if a.article.text[slice(*p.cue)] == "found"] == ["states"]


def test_what_a_partys_document_reads_is_the_partys():
    a = analyse(
        'Pope Francis issued a decree on Thursday. The decree signed by the Pope read "The '
        'crimes of sexual abuse offend Our Lord."'
    )
    assert holders(a, "read") == ["Francis"]


def test_what_they_found_after_a_studys_team_is_described_is_the_teams():
    a = analyse(
        "In findings published on Wednesday in PLoS One, scientists from the University of "
        "Bristol and UC Davis say zebras may have gotten their stripes to confuse flies. The "
        "researchers observed horse flies around zebras and domestic horses in captive "
        "settings and they found the flies had a harder time landing on zebras than on the "
        "horses."
    )
    assert len(holders(a, "found")) == 1


def test_a_named_study_its_results_and_its_researchers_are_one_party():
    a = analyse(
        "Almost half of all primary school children are iodine deficient, researchers say. "
        "The results of the Australian National Iodine Nutrition Study, published this week, "
        "revealed that children in mainland Australia are borderline iodine deficient. "
        "Professor Cres Eastman, Director of the National Iodine Nutrition study, says it is "
        "crucial. The report says the decline appears to be due to the dairy industry. The "
        "report's authors say iodine deficiency is the sleeper health issue in Australia."
    )
    study = "Australian National Iodine Nutrition Study"
    assert holders(a, "say") == [study, study]
    assert holders(a, "revealed") == [study]
    assert holders(a, "says") == ["Cres Eastman", study]
    assert [p.stance for p in a.positions if "revealed" in a.article.text[slice(*p.cue)]] == [
        "states"  # "that children are": no subjunctive, no demand
    ]


def test_a_first_author_et_al_is_that_author():
    a = analyse(
        "Vlada Stamenković led the study. Stamenković et al found oxygen levels throughout "
        "Mars would be high enough for the least demanding microbes."
    )
    assert holders(a, "found") == ["Vlada Stamenković"]


def test_they_opening_a_sentence_is_the_group_the_sentence_before_is_about():
    a = analyse(
        "In a study published in Science Advances, researchers from the University of "
        "Colorado reported a new mechanism on Monday. The researchers used satellite imagery "
        "to find open water. From this, they concluded that warm water was reaching the ice. "
        "They also found the ice was thin."
    )
    assert holders(a, "concluded") == holders(a, "also found") == ["Researchers"]


def test_a_bodys_report_called_official_is_the_bodys_not_an_official():
    """Wikinews: "According to the official WHO report yesterday, there were ..." was China's
    (the parser took "official" for the source and "report" for a verb)."""
    a = analyse(
        'The risk assessment in China was "very high". According to the official WHO report '
        "yesterday, there were 4,515 confirmed cases in China."
    )
    assert holders(a, "According to") == ["WHO"]
