"""Linking as pure functions: eligibility, features, ranking, repetitions."""

import re
from datetime import date

import pytest

from tracker.followup import link
from tracker.followup.link import Clause, Entry, eligible, progress, quantities, years


def entry(id, text, *, kind="action", report=2, order=2, words=None, field="F", cue="done",
          entities=(), agency=1, start=date(2024, 1, 1), end=date(2024, 12, 31)):
    return Entry(id=id, report_id=report, agency_id=agency, kind=kind, text=text,
                 words=tuple(words or text.lower().rstrip(".").split()), field=field, cue=cue,
                 entities=tuple(entities), clauses=(Clause(0, len(text), cue, text),),
                 period_start=start, period_end=end, report_start=start, report_end=end,
                 order=(order,))


PROMISE = entry(1, "Số hóa 50.000 trang tài liệu lưu trữ.", kind="commitment", report=1, order=1,
                words=["số hóa", "50.000", "trang", "tài liệu", "lưu trữ"],
                entities=[("QUANTITY", "50.000 trang")])


def test_only_later_reports_of_the_same_agency_are_eligible():
    assert eligible(PROMISE, entry(2, "x", order=2))
    assert not eligible(PROMISE, entry(3, "x", order=1, report=5))     # earlier report
    assert not eligible(PROMISE, entry(4, "x", agency=2))              # another agency
    assert not eligible(PROMISE, entry(5, "x", report=1))              # its own report
    old = entry(6, "x", start=date(2023, 1, 1), end=date(2023, 12, 31), order=3)
    assert not eligible(PROMISE, old)                                  # results before its period


def test_quantities_and_progress():
    assert quantities([("QUANTITY", "04 lớp")]) == [(4.0, None, "lớp")]
    assert quantities([("QUANTITY", "38.000/50.000 trang")]) == [(38000.0, 50000.0, "trang")]
    assert progress(PROMISE, [("QUANTITY", "21.000 trang")]) == 0.42
    classes = entry(9, "Tổ chức 04 lớp", kind="commitment", entities=[("QUANTITY", "04 lớp")])
    # the largest share stated wins: "mở thêm 02 lớp, nâng tổng số lên 04/04 lớp"
    assert progress(classes, [("QUANTITY", "02 lớp"), ("QUANTITY", "04/04 lớp")]) == 1.0


def test_years_named_by_periods():
    assert years([("PERIOD", "năm 2015")]) == {2015}
    assert years([("PERIOD", "giai đoạn 2016 - 2020")]) == {2016, 2017, 2018, 2019, 2020}
    assert years([("QUANTITY", "2015 trang")]) == set()


def test_the_right_result_ranks_first_and_keeps_its_sentence():
    results = [
        entry(10, "Số hóa được 21.000 trang tài liệu lưu trữ.",
              words=["số hóa", "được", "21.000", "trang", "tài liệu", "lưu trữ"],
              entities=[("QUANTITY", "21.000 trang")]),
        entry(11, "Thu thập 1.250 hồ sơ, tài liệu của 14 cơ quan.",
              words=["thu thập", "1.250", "hồ sơ", "tài liệu", "của", "14", "cơ quan"]),
        entry(12, "Tổ chức thành công kỳ thi tuyển công chức.",
              words=["tổ chức", "thành công", "kỳ", "thi tuyển", "công chức"]),
    ]
    found = link.link([PROMISE], [PROMISE, *results])
    evidence = [c for c in found if c.relation == "evidence"]
    assert evidence[0].evidence_id == 10
    assert evidence[0].features["progress"] == 0.42
    assert evidence[0].score > evidence[-1].score
    assert evidence[0].clause.text.startswith("Số hóa được")
    assert [c.rank for c in evidence] == list(range(1, len(evidence) + 1))


def test_a_later_promise_is_a_repetition():
    again = entry(20, "Tiếp tục số hóa tài liệu lưu trữ.", kind="commitment", cue="planned",
                  words=["tiếp tục", "số hóa", "tài liệu", "lưu trữ"])
    found = link.link([PROMISE], [PROMISE, again])
    assert [(c.relation, c.evidence_id) for c in found] == [("repetition", 20)]
    assert found[0].score >= link.load_config().repetition


def test_a_result_about_another_year_weighs_less():
    promise = entry(1, "Triển khai các dự án năm 2015.", kind="commitment", report=1, order=1,
                    words=["triển khai", "các", "dự án", "năm", "2015"],
                    entities=[("PERIOD", "năm 2015")])
    same = entry(2, "Triển khai các dự án năm 2015.", words=promise.words,
                 entities=[("PERIOD", "năm 2015")])
    other = entry(3, "Triển khai các dự án năm 2014.", words=["triển khai", "các", "dự án", "năm", "2014"],
                  entities=[("PERIOD", "năm 2014")])
    scores = {c.evidence_id: c for c in link.link([promise], [promise, same, other])}
    assert scores[3].features["period_conflict"] == 1.0
    assert scores[3].score < scores[2].score


def test_drawing_up_the_plan_is_work_in_progress():
    promise = entry(1, "Tuyển dụng 06 chỉ tiêu hợp đồng.", kind="commitment", report=1, order=1,
                    words=["tuyển dụng", "06", "chỉ tiêu", "hợp đồng"])
    plan = entry(2, "Xây dựng kế hoạch tuyển dụng 06 chỉ tiêu hợp đồng.",
                 words=["xây dựng", "kế hoạch", "tuyển dụng", "06", "chỉ tiêu", "hợp đồng"])
    (found,) = [c for c in link.link([promise], [promise, plan]) if c.relation == "evidence"]
    assert found.features["preparatory"] == 1.0
    assert found.clause.cue == "in_progress"


def _evidence(promise, *results):
    return {c.evidence_id: c for c in link.link([promise], [promise, *results])
            if c.relation == "evidence"}


def test_the_head_verb_is_found_past_the_preamble():
    promise = entry(1, "Phối hợp với Sở Xây dựng tham mưu cho UBND tỉnh ban hành Quy định cấp "
                    "phép xây dựng hạ tầng viễn thông.", kind="commitment", report=1, order=1,
                    words=["phối hợp", "với", "sở", "xây dựng", "tham mưu", "cho", "ubnd", "tỉnh",
                           "ban hành", "quy định", "cấp phép", "hạ tầng", "viễn thông"])
    assert link.head_verb(promise, link.load_config()) == "ban hành"
    # a result that names the same things but not the act weighs half
    other = entry(2, "Chỉ đạo doanh nghiệp chỉnh trang hạ tầng viễn thông theo quy định.",
                  words=["chỉ đạo", "doanh nghiệp", "chỉnh trang", "hạ tầng", "viễn thông",
                         "theo", "quy định"])
    found = _evidence(promise, other)[2]
    assert found.features["action_missing"] == "ban hành"
    # nouns end the search: "04 lớp tập huấn" opens with no specific verb
    classes = entry(3, "Tổ chức 04 lớp tập huấn.", kind="commitment",
                    words=["tổ chức", "04", "lớp", "tập huấn"])
    assert link.head_verb(classes, link.load_config()) is None


def test_a_draft_prepares_only_its_own_kind_of_document():
    promise = entry(1, "Tổ chức công bố Quy hoạch phát triển công nghệ thông tin.",
                    kind="commitment", report=1, order=1,
                    words=["tổ chức", "công bố", "quy hoạch", "phát triển", "công nghệ thông tin"])
    same = entry(2, "Ký kết hợp đồng tư vấn xây dựng Quy hoạch công nghệ thông tin.",
                 words=["ký kết", "hợp đồng", "tư vấn", "xây dựng", "quy hoạch",
                        "công nghệ thông tin"])
    other = entry(3, "Xây dựng dự thảo Quy định hỗ trợ cán bộ công nghệ thông tin.",
                  words=["xây dựng", "dự thảo", "quy định", "hỗ trợ", "cán bộ",
                         "công nghệ thông tin"])
    found = _evidence(promise, same, other)
    assert "action_missing" not in found[2].features          # preparing the same plan
    assert found[2].clause.cue == "in_progress"
    assert found[3].features["action_missing"] == "công bố"  # a draft of something else
    assert found[2].score > found[3].score


def test_one_element_of_a_list_commitment_is_matched_on_its_own():
    text = ("Tham mưu ban hành các văn bản: Chính sách hỗ trợ cán bộ công nghệ thông tin; "
            "Quy hoạch phát triển bưu chính viễn thông; Kế hoạch thông tin đối ngoại năm 2015")
    promise = entry(1, text, kind="commitment", report=1, order=1,
                    words=["tham mưu", "ban hành", "các", "văn bản", "chính sách", "hỗ trợ",
                           "cán bộ", "công nghệ thông tin", "quy hoạch", "phát triển",
                           "bưu chính", "viễn thông", "kế hoạch", "thông tin", "đối ngoại",
                           "năm", "2015"])
    config = link.load_config()
    assert [" ".join(e) for e in link.list_elements(promise, config)] == [
        "chính sách hỗ trợ cán bộ công nghệ thông tin",
        "quy hoạch phát triển bưu chính viễn thông",
        "kế hoạch thông tin đối ngoại"]
    done = entry(2, "Ban hành chính sách hỗ trợ cán bộ công nghệ thông tin.",
                 words=["ban hành", "chính sách", "hỗ trợ", "cán bộ", "công nghệ thông tin"])
    found = _evidence(promise, done)[2]
    assert found.features["list_element"] == "1/3"
    assert found.score >= config.evidence
    assert found.clause.cue == "in_progress"   # one element of three: the list is under way
    single = entry(5, "Tổ chức Hội nghị giao ban báo chí hàng tháng", kind="commitment")
    assert link.list_elements(single, config) == []


def test_two_acts_joined_by_va_are_matched_one_by_one_when_each_says_enough():
    # the real Đề án 06 series (August 2025, Công an tỉnh): September's results speak of
    # the land data digitised, not of the papers it replaces
    text = ("Số hóa, làm sạch dữ liệu đất đai và ứng dụng dữ liệu đất đai thay thế việc "
            "đính kèm giấy tờ chứng minh chỗ ở hợp pháp")
    promise = entry(1, text, kind="commitment", report=1, order=1,
                    words=["số hóa", "làm sạch", "dữ liệu", "đất đai", "và", "ứng dụng",
                           "dữ liệu", "đất đai", "thay thế", "việc", "đính kèm", "giấy tờ",
                           "chứng minh", "chỗ ở", "hợp pháp"])
    config = link.load_config()
    assert [" ".join(e) for e in link.list_elements(promise, config)] == [
        "số hóa làm sạch dữ liệu đất đai",
        "ứng dụng dữ liệu đất đai thay thế đính kèm giấy tờ chứng minh chỗ ở hợp pháp"]
    done = entry(2, "Đã hoàn thành số hóa, làm sạch dữ liệu đất đai của 67/124 xã, phường.",
                 words=["đã", "hoàn thành", "số hóa", "làm sạch", "dữ liệu", "đất đai", "của",
                        "67/124", "xã", "phường"])
    found = _evidence(promise, done)[2]
    assert found.features["list_element"] == "1/2"
    assert found.score >= config.evidence
    assert found.clause.cue == "in_progress"   # one act of two: under way
    # a step or a formality of one act is no element of its own
    plan = entry(3, "Xây dựng KH và đẩy mạnh việc triển khai kế hoạch thông tin tuyên truyền",
                 kind="commitment", words=["xây dựng", "kh", "và", "đẩy mạnh", "việc",
                                           "triển khai", "kế hoạch", "thông tin", "tuyên truyền"])
    assert link.list_elements(plan, config) == []
    submit = entry(4, "Thẩm định Quy hoạch hạ tầng viễn thông thụ động và trình UBND tỉnh "
                   "phê duyệt", kind="commitment",
                   words=["thẩm định", "quy hoạch", "hạ tầng", "viễn thông", "thụ động", "và",
                          "trình", "ubnd", "tỉnh", "phê duyệt"])
    assert link.list_elements(submit, config) == []
    # "và" inside a name joins no acts
    named = entry(5, "Thanh tra việc thực hiện chính sách pháp luật đối với Sở Giáo dục và "
                  "Đào tạo trong tổ chức kỳ thi tuyển sinh vào lớp 10", kind="commitment",
                  words=["thanh tra", "việc", "thực hiện", "chính sách", "pháp luật", "đối với",
                         "sở", "giáo dục", "và", "đào tạo", "trong", "tổ chức", "kỳ thi",
                         "tuyển sinh", "vào", "lớp", "10"])
    assert link.list_elements(named, config) == []


def test_a_result_that_names_the_task_only_on_the_side_weighs_less():
    promise = entry(1, "Triển khai các dự án do Sở làm chủ đầu tư.", kind="commitment",
                    report=1, order=1,
                    words=["triển khai", "các", "dự án", "do", "sở", "làm", "chủ", "đầu tư"])
    side = entry(2, "Hoàn thành thẩm định tổng dự toán hạng mục thuộc dự án do Ban quản lý "
                 "làm chủ đầu tư.",
                 words=["hoàn thành", "thẩm định", "tổng", "dự toán", "hạng mục", "thuộc",
                        "dự án", "do", "ban", "quản lý", "làm", "chủ", "đầu tư"])
    head = entry(3, "Triển khai 03 dự án do Sở làm chủ đầu tư.",
                 words=["triển khai", "03", "dự án", "do", "sở", "làm", "chủ", "đầu tư"])
    found = _evidence(promise, side, head)
    assert found[2].features["side_match"] == 1.0
    assert "side_match" not in found[3].features
    assert found[2].score < found[3].score


def test_the_setting_a_result_opens_with_is_no_side_match():
    # a press account opens with what happened before the unit acted ("Sau khi xảy ra vụ
    # ngộ độc, …") or with who acted ("Ông …, Chánh Thanh tra tỉnh, đã …"): its own action,
    # from its first verb on, is what is compared
    promise = entry(1, "Kiểm tra điều kiện an toàn thực phẩm tại bếp ăn.", kind="commitment",
                    report=1, order=1,
                    words=["kiểm tra", "điều kiện", "an toàn", "thực phẩm", "tại", "bếp", "ăn"])
    done = ["kiểm tra", "điều kiện", "an toàn", "thực phẩm", "tại", "bếp", "ăn"]
    setting = entry(2, "Sau khi xảy ra vụ ngộ độc, Chi cục đã kiểm tra điều kiện an toàn thực "
                    "phẩm tại bếp ăn.",
                    words=["sau", "khi", "xảy", "ra", "vụ", "ngộ độc", "chi cục", "đã", *done])
    person = entry(3, "Ông Trần Văn Dũng, Chánh Thanh tra tỉnh, đã kiểm tra điều kiện an toàn "
                   "thực phẩm tại bếp ăn.",
                   words=["ông", "trần", "văn", "dũng", "chánh", "thanh tra", "tỉnh", "đã", *done])
    found = _evidence(promise, setting, person)
    assert "side_match" not in found[2].features
    assert "side_match" not in found[3].features


def test_a_related_word_stands_for_the_term():
    promise = entry(1, "Tăng cường đảm bảo an toàn thông tin.", kind="commitment", report=1,
                    order=1, words=["tăng cường", "đảm bảo", "an toàn", "thông tin"])
    warning = entry(2, "Cảnh báo mã độc mã hóa dữ liệu đến các cơ quan.",
                    words=["cảnh báo", "mã độc", "mã hóa", "dữ liệu", "đến", "các", "cơ quan"])
    assert link.related_found(promise, warning.text, link.load_config()) == {
        "an toàn thông tin": "mã độc"}
    (found,) = _evidence(promise, warning).values()
    assert found.features["coverage"] == 1.0
    assert "side_match" not in found.features
    assert found.score >= link.load_config().evidence


def test_head_verb_skips_organisations_and_joins_cut_verbs_but_not_lines_of_work():
    config = link.load_config()
    finance = entry(1, "Phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành Quy định mức chi.",
                    kind="commitment", entities=[("ORG", "Sở Tài chính"), ("ORG", "UBND tỉnh")],
                    words=["phối hợp", "với", "sở tài chính", "tham mưu", "ubnd", "tỉnh",
                           "ban hành", "quy định", "mức", "chi"])
    assert link.head_verb(finance, config) == "ban hành"
    cut = entry(2, "Số hóa hồ sơ thủ tục hành chính.", kind="commitment",
                words=["số", "hóa", "hồ sơ", "thủ tục", "hành chính"])
    assert link.head_verb(cut, config) == "số hóa"
    work = entry(3, "Thực hiện tốt công tác tiếp dân, giải quyết khiếu nại.", kind="commitment",
                 words=["thực hiện", "tốt", "công tác", "tiếp dân", "giải quyết", "khiếu nại"])
    assert link.head_verb(work, config) is None
    # the lead role is no act: "giao Sở … chủ trì, phối hợp với … xây dựng Đề án" is judged
    # on its act, not on results that say "chủ trì"
    lead = entry(4, "Chủ trì, phối hợp với Sở Tài chính thẩm định Đề án.", kind="commitment",
                 entities=[("ORG", "Sở Tài chính")],
                 words=["chủ trì", "phối hợp", "với", "sở tài chính", "thẩm định", "đề án"])
    assert link.head_verb(lead, config) == "thẩm định"


def test_related_terms_are_whole_words():
    config = link.load_config()
    approved = "UBND tỉnh đã phê duyệt Đề án."
    submit = entry(1, "Trình UBND tỉnh Đề án.", kind="commitment",
                   words=["trình", "ubnd", "tỉnh", "đề án"])
    assert link.related_found(submit, approved, config) == {"trình": "phê duyệt"}
    skills = entry(2, "Nâng cao trình độ cán bộ.", kind="commitment",
                   words=["nâng cao", "trình độ", "cán bộ"])
    assert link.related_found(skills, approved, config) == {}


def test_a_result_that_names_some_elements_of_a_list_shows_it_under_way():
    promise = entry(1, "Rà soát văn bản trong các lĩnh vực: đất đai; xây dựng; tài nguyên và "
                    "môi trường.", kind="commitment", report=1, order=1,
                    words=["rà soát", "văn bản", "trong", "các", "lĩnh vực", "đất đai",
                           "xây dựng", "tài nguyên", "và", "môi trường"])
    # "xây dựng" is boilerplate: two elements carry words, "đất đai" too short to stand alone
    assert link.list_elements(promise, link.load_config()) == [
        ["đất đai"], ["tài nguyên", "môi trường"]]
    some = entry(2, "Rà soát 126 văn bản lĩnh vực đất đai, xây dựng.",
                 words=["rà soát", "126", "văn bản", "lĩnh vực", "đất đai", "xây dựng"])
    every = entry(3, "Rà soát văn bản lĩnh vực đất đai, tài nguyên và môi trường.",
                  words=["rà soát", "văn bản", "lĩnh vực", "đất đai", "tài nguyên", "và",
                         "môi trường"])
    found = _evidence(promise, some, every)
    assert found[2].features["list_element"] == "1/2"
    assert found[2].clause.cue == "in_progress"
    assert "list_element" not in found[3].features and found[3].clause.cue == "done"


def _linking_data() -> dict:
    import json
    from importlib import resources

    return json.loads(resources.files("tracker").joinpath("rules/linking.json")
                      .read_text(encoding="utf-8"))


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.update(colour="red"), "linking.json: colour: Extra inputs are not permitted"),
    (lambda d: d["thresholds"].update(evidence="cao"), "linking.json: thresholds.evidence:"),
    (lambda d: d["thresholds"].update(evidence=1.5), "thresholds.evidence: Input should be less"),
    (lambda d: d["thresholds"].pop("keep"), "linking.json: thresholds.keep: Field required"),
    (lambda d: d["bonus"].update(rarity=0.1), "bonus for features the linker has not"),
    (lambda d: d["weights"].update(length=0.1), "weights for features the linker has not"),
    (lambda d: d.update(side_match_penalty=2), "side_match_penalty: Input should be less"),
    (lambda d: d.update(shared_reporters=["^(ban"]), "shared_reporters: not a pattern"),
    (lambda d: d.update(opening_skip="(?:sau"), "opening_skip: not a pattern"),
])
def test_a_wrong_linking_file_is_refused_with_the_key_it_gets_wrong(change, message):
    data = _linking_data()
    link.parse_config(data)  # the shipped file is valid
    change(data)
    with pytest.raises(ValueError, match=re.escape(message)):
        link.parse_config(data)


def test_every_feature_named_anywhere_is_one_the_linker_computes():
    """The features a bonus, a weight, a reason shown to reviewers or the calibrated model
    names are all among those score() and _link_one() give a candidate."""
    from tracker.followup import model
    from tracker.labels import FEATURES as REASONS

    promise = entry(1, "Ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số năm 2024",
                    kind="commitment", report=1, order=1,
                    entities=[("DOC_REF", "12/KH-UBND"), ("PLAN", "Kế hoạch số 12/KH-UBND")])
    done = entry(2, "Đã ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số năm 2024",
                 entities=[("DOC_REF", "12/KH-UBND"), ("PLAN", "Kế hoạch số 12/KH-UBND")])
    (found, *_) = link.link([promise], [done])
    computed = set(found.features) | {"done_cue", "progress", "period_conflict", "side_match",
                                      "action_missing", "preparatory", "list_element",
                                      "object_missing", "other_unit", "direction_part",
                                      "reported_back"}
    assert set(model.FEATURES) <= computed
    assert link.BONUS_FEATURES | link.WEIGHTED_FEATURES | set(REASONS) <= set(model.FEATURES)


def test_a_result_near_many_commitments_weighs_less_for_all_but_its_nearest():
    """A result that is evidence for more commitments than shared_rank is discounted for
    the ones it matches less (linking.json shared_evidence_penalty), and ranks are redone."""
    from dataclasses import replace

    config = replace(link.load_config(), shared_rank=1, shared_evidence_penalty=0.5)
    clause = Clause(0, 1, "done", "x")

    def candidate(commitment, item, score):
        return link.Candidate(commitment, item, "evidence", score, 1, clause)
    found = [candidate(1, 10, 0.6), candidate(2, 10, 0.4), candidate(2, 11, 0.3)]
    link._shared_evidence(found, {10: 0, 11: 1}, config)
    assert [(c.commitment_id, c.evidence_id, c.score, c.rank) for c in found] == [
        (1, 10, 0.6, 1), (2, 10, 0.2, 2), (2, 11, 0.3, 1)]
    untouched = [candidate(1, 10, 0.6), candidate(2, 10, 0.4)]
    link._shared_evidence(untouched, {10: 0}, replace(config, shared_rank=0))
    assert [c.score for c in untouched] == [0.6, 0.4]


def test_a_result_that_shares_only_the_actions_weighs_less():
    """"Đề xuất, giải ngân kinh phí …" against "… tiếp tục nghiên cứu, đề xuất giải pháp kỹ
    thuật": the actions named, not what they act on (linking.json object_missing_penalty)."""
    task = entry(1, "Đề xuất, giải ngân kinh phí triển khai Đề án.", kind="commitment", report=1,
                 order=1, words=["đề xuất", "giải ngân", "kinh phí", "triển khai", "đề án"])
    actions_only = entry(2, "Tiếp tục nghiên cứu, đề xuất giải pháp kỹ thuật.",
                         words=["tiếp tục", "nghiên cứu", "đề xuất", "giải pháp", "kỹ thuật"])
    on_the_funds = entry(3, "Đã giải ngân 2 tỷ đồng kinh phí của Đề án.",
                         words=["đã", "giải ngân", "2", "tỷ", "đồng", "kinh phí", "của", "đề án"])
    found = {c.evidence_id: c for c in link.link([task], [task, actions_only, on_the_funds])}
    assert found[2].features.get("object_missing") == 1.0
    assert "object_missing" not in found[3].features


def test_the_units_own_results_are_looked_at_whatever_their_words():
    # a series reports each unit's work under its name, often in words of its own: the
    # unit's later result is a candidate even when retrieval by words ranks others first
    from dataclasses import replace

    promise = replace(entry(1, "Tiếp tục kết nối, chia sẻ dữ liệu dân cư với hệ thống BHXH.",
                            kind="commitment", report=1, order=1,
                            words=["tiếp tục", "kết nối", "chia sẻ", "dữ liệu", "dân cư"]),
                      unit="Bảo hiểm xã hội tỉnh")
    other = replace(entry(10, "Kết nối, chia sẻ dữ liệu dân cư cho 385 cơ sở khám bệnh.",
                          words=["kết nối", "chia sẻ", "dữ liệu", "dân cư", "cơ sở"]),
                    unit="Sở Y tế")
    own = replace(entry(11, "Đã xác thực 2.849.035 người với CSDL quốc gia về dân cư.",
                        words=["đã", "xác thực", "người", "cơ sở dữ liệu", "dân cư"]),
                  unit="Bảo hiểm xã hội tỉnh")
    config = replace(link.load_config(), candidates=1)
    found = link.link([promise], [promise, other, own], config)
    assert {c.evidence_id for c in found if c.relation == "evidence"} == {10, 11}


def test_the_results_under_a_heading_the_task_names_are_looked_at():
    # the real monthly series (da06 2025-09) files its figures under topic headings: "Tuyên
    # truyền, vận động chi trả an sinh xã hội qua tài khoản cho 56.751 người …" under "Việc
    # thanh toán không dùng tiền mặt" answers "chi trả, thanh toán không dùng tiền mặt"
    # though retrieval by words finds it not; a unit's heading ("Các sở, ban, ngành tỉnh")
    # is no topic
    promise = entry(1, "Đẩy mạnh thanh toán không dùng tiền mặt của các sở, ban, ngành.",
                    kind="commitment", report=1, order=1,
                    words=["đẩy mạnh", "thanh toán", "không", "dùng", "tiền mặt", "ban", "ngành"])
    words = ["vận động", "an sinh", "tài khoản", "người"]
    figures = entry(10, "Vận động an sinh qua tài khoản cho 56.751 người.", words=words,
                    field="Việc thanh toán không dùng tiền mặt")
    collective = entry(11, "Vận động an sinh qua tài khoản cho 2.000 người.", words=words,
                       field="Các sở, ban, ngành tỉnh")
    other = entry(12, "Số hóa 500 hồ sơ.", words=["số hóa", "hồ sơ"], field="Số hóa dữ liệu")
    found = {c.evidence_id: c for c in link.link([promise], [promise, figures, collective, other])
             if c.relation == "evidence"}
    assert set(found) == {10}
    assert found[10].features["topic"] == 1.0


def test_a_result_another_named_unit_reports_weighs_less():
    # the real monthly series (da06 2025-09): "Thuế tỉnh Lâm Đồng phối hợp với Công an tỉnh:
    # Làm sạch … 62.423 dữ liệu sai lệch …" is the tax office's work, not the Sở Tư pháp's
    # "… làm sạch dữ liệu hộ tịch sai lệch …"; a result of no unit, of a collective or of the
    # steering committee that reports for all is not held against (linking.json
    # other_unit_penalty)
    from dataclasses import replace

    promise = replace(entry(1, "Đẩy mạnh làm sạch dữ liệu hộ tịch sai lệch.", kind="commitment",
                            report=1, order=1,
                            words=["đẩy mạnh", "làm sạch", "dữ liệu", "hộ tịch", "sai lệch"]),
                      unit="Sở Tư pháp")
    words = ["làm sạch", "62.423", "dữ liệu", "sai lệch"]
    text = "Làm sạch 62.423 dữ liệu sai lệch."
    results = [replace(entry(n, text, words=words), unit=unit) for n, unit in (
        (2, "Thuế"), (3, None), (4, "Các sở, ban, ngành tỉnh"), (5, "Ban chỉ đạo tỉnh"),
        (6, "Sở Tư pháp"))]
    config = replace(link.load_config(), keep=len(results))
    found = {c.evidence_id: c for c in link.link([promise], [promise, *results], config)
             if c.relation == "evidence"}
    assert found[2].features.get("other_unit") == 1.0
    assert all("other_unit" not in found[n].features for n in (3, 4, 5, 6))
    assert found[2].score < found[3].score == found[4].score == found[5].score


def test_another_bodys_directing_weighs_less_than_its_results():
    # the real monthly series (da06 2025-09): under "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI" the
    # steering committee's "Tổ chức 01 buổi làm việc … để đôn đốc …" tells what was directed,
    # under "II. KẾT QUẢ CÁC MẶT CÔNG TÁC" the results; the task's own unit's directing is
    # its own work (linking.json direction_parts, direction_part_penalty)
    from dataclasses import replace

    promise = replace(entry(1, "Đẩy mạnh cắt giảm thủ tục hành chính.", kind="commitment",
                            report=1, order=1,
                            words=["đẩy mạnh", "cắt giảm", "thủ tục", "hành chính"]),
                      unit="Văn phòng UBND tỉnh")
    words = ["cắt giảm", "thủ tục", "hành chính"]
    text = "Cắt giảm 20 thủ tục hành chính."
    parts = ((2, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", None),
             (3, "II. KẾT QUẢ CÁC MẶT CÔNG TÁC", None),
             (4, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "Văn phòng UBND tỉnh"),
             (5, None, None))
    results = [replace(entry(n, text, words=words), part=part, unit=unit)
               for n, part, unit in parts]
    config = replace(link.load_config(), keep=len(results))
    found = {c.evidence_id: c for c in link.link([promise], [promise, *results], config)
             if c.relation == "evidence"}
    assert found[2].features.get("direction_part") == 1.0
    assert all("direction_part" not in found[n].features for n in (3, 4, 5))
    assert found[2].score < found[3].score == found[5].score


def test_a_result_saying_the_report_was_made_answers_a_task_to_report():
    # directive follow-up held out 2 (p08): "Báo cáo nhanh tình hình cho UBND TP.HCM trong
    # ngày 4-9", then the district's "UBND quận 12 (TPHCM) vừa có báo cáo kết quả xử lý vụ
    # việc …": the report asked for was made, whatever it was about; not so for a task whose
    # own act is another, for "chưa báo cáo", nor for another named body's report
    # (linking.json reporting_acts, reported, final_bonus reported_back)
    from dataclasses import replace

    def task(text, words):
        return replace(entry(1, text, kind="commitment", report=1, order=1, words=words),
                       unit="UBND quận 12")
    to_report = task("Báo cáo nhanh tình hình cho UBND Thành phố.",
                     ["báo cáo", "nhanh", "tình hình", "cho", "ubnd", "thành phố"])
    after_preamble = task("Tham mưu Ban cán sự đảng báo cáo Thường trực Thành ủy.",
                          ["tham mưu", "ban", "cán sự", "đảng", "báo cáo", "thường trực",
                           "thành ủy"])
    to_check = task("Kiểm tra cơ sở, báo cáo UBND Thành phố.",
                    ["kiểm tra", "cơ sở", "báo cáo", "ubnd", "thành phố"])
    said = "UBND quận 12 vừa có báo cáo kết quả xử lý vụ việc."
    words = ["ubnd", "quận", "12", "vừa", "có", "báo cáo", "kết quả", "xử lý", "vụ việc"]
    made = entry(2, said, words=words)
    not_yet = entry(3, said.replace("vừa có", "chưa có"), words=words)
    other_body = replace(entry(4, said, words=words), unit="Sở Y tế")
    config = replace(link.load_config(), keep=5)
    for promise in (to_report, after_preamble):
        found = {c.evidence_id: c for c in
                 link.link([promise], [promise, made, not_yet, other_body], config)
                 if c.relation == "evidence"}
        assert found[2].features.get("reported_back") == 1.0
        assert found[2].clause.cue == "done"
        assert found[2].score >= config.evidence
        assert all("reported_back" not in found[n].features for n in (3, 4) if n in found)
    found = {c.evidence_id: c for c in link.link([to_check], [to_check, made], config)}
    assert "reported_back" not in found[2].features
