"""The tagger (graph/tagger.py) and where it is asked to look (mentions.person_windows)."""
import numpy as np
import pytest

from graph.mentions import find_mentions, person_windows
from graph.tagger import tagger, viterbi


def full_viterbi(emissions, transitions):
    """The textbook decoder, over every tag at every step: what `viterbi` must equal."""
    score, back = emissions[0], []
    for t in range(1, len(emissions)):
        candidates = score[:, None] + transitions
        back.append(candidates.argmax(axis=0))
        score = candidates.max(axis=0) + emissions[t]
    path = [int(score.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("spread", [0.5, 3.0, 30.0])
def test_the_pruned_decoder_finds_the_best_path(spread):
    # small spreads leave many tags close to the best, where pruning must not cut
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(9, 9)).astype(np.float32)
    emissions = (rng.normal(size=(40, 12, 9)) * spread).astype(np.float32)
    assert viterbi(np, emissions, transitions) == [full_viterbi(e, transitions) for e in emissions]


def test_the_decoder_on_the_models_own_scores():
    lac = tagger()
    texts = ["驻村第一书记陈国栋带领村民修路。", "乌兰察布市财政局派驻红星村的工作队"]
    for text in texts:
        ids = np.array([[lac.vocab.get(lac.q2b.get(c, c), lac.oov) for c in text]])
        emissions = lac.session.run(None, {"token_ids": ids, "length": np.array([len(text)])})[0]
        assert viterbi(np, emissions, lac.transitions) == [full_viterbi(emissions[0], lac.transitions)]


def test_a_batch_tags_each_text_as_alone():
    texts = ["驻村第一书记陈国栋说", "村民赵丽华介绍", "孙志强书记表示", "西河镇党委书记", "", "他来了"]
    lac = tagger()
    assert lac.tag(texts) == [lac.tag([t])[0] for t in texts]


def covered(text: str) -> str:
    return "".join(ch if any(s <= i < e for s, e in person_windows(text)) else "_" for i, ch in enumerate(text))


def test_no_window_without_a_title_role_or_cue():
    assert person_windows("今年全乡的玉米长势很好,秋粮丰收在望。") == []


def test_a_role_word_opens_a_window_only_before_a_surname():
    assert person_windows("全体村民积极参与人居环境整治工作。") == []
    assert "赵丽华" in covered("全体村民赵丽华积极参与人居环境整治工作。")


def test_a_title_is_read_with_the_names_on_either_side():
    text = "会上,西河镇党委书记孙志强作了动员讲话,随后大家分组讨论了明年的计划。"
    assert "孙志强" in covered(text)
    assert "_" in covered(text)          # and not the whole sentence


def test_a_name_inside_a_sentence_about_posting_people():
    # no title or cue next to the name: the likely name starts of the sentence are read
    text = "今年42岁的卓立新已是第二次到村里驻村了。"
    assert "卓立新" in covered(text)
    assert "卓立新" in {m.surface for m in find_mentions(text) if m.label == "Person"}


def test_windows_share_lengths():
    text = "会上,西河镇党委书记孙志强作了动员讲话,驻村干部代表周敏发言,村民赵丽华说了心里话。"
    assert all((e - s) % 4 == 0 or (s, e) == (0, len(text)) for s, e in person_windows(text))


def test_a_name_cut_by_the_edge_of_a_window_is_no_person(monkeypatch):
    import graph.mentions as mentions
    text = "昨天下午我们和孙志强一起走访了农户。"
    monkeypatch.setattr(mentions, "person_windows", lambda t, opening=False: [(0, 9)])     # ends inside 孙志强
    words = mentions.tagged_sentences([text])[0]
    assert [text[s:e] for s, e, tag in words if tag == "PER"] == []
    assert ("和" in [text[s:e] for s, e, _ in words])        # the rest of the window is still tagged
