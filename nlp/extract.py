"""The extraction flow: a document's text -> its report (metadata, sections, commitments,
directives and actions), through the spaCy pipeline built once by `build_nlp()`.

What the rest of the project may use is re-exported by the package (nlp/__init__.py)."""

import multiprocessing
import re
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp import (
    components,  # noqa: F401  (registers the component factories)
    directives,
    running,
)
from nlp.components.cues import StatusCues
from nlp.directives import Directive
from nlp.extensions import register
from nlp.header import leader_of
from nlp.messages import warning
from nlp.normalize import collapse_spaces, for_matching, one_spaced, top_level_colon
from nlp.read import read_document
from nlp.report import Clause, Entity, Item, Report
from nlp.rulebook import canonical_field, opener_rules, running_rules
from nlp.structure import (
    Block,
    Document,
    Section,
    next_implied,
    parse_document,
    placed,
    title_start,
)
from nlp.tasks import (
    TaskFacts,
    enterprises_named,
    facts,
    heading_unit_of,
    kind_of,
    reporter_of,
    resolve_role,
    scheduled_due,
)
from nlp.tokenizer import UndertheseaTokenizer  # noqa: F401  (registers the tokenizer)
from nlp.units import canonical_unit

# Bumped whenever the rules change what is extracted: reports stored by an older version are
# extracted again when ingested again (reviews kept). 2: verbs "chủ trì", "phát hiện",
# "đưa vào vận hành", "nâng tỷ lệ", "đăng cai"; "chính thức" before a verb; Đài Phát thanh
# và Truyền hình as an organisation; "các lĩnh vực:" announces a list of names. 3: verbs
# "đẩy nhanh", "phát huy", "huy động", "tăng", "cắt giảm", "tái cấu trúc", "đơn giản hóa";
# a lead-in of tasks is a task of its own, its elements' parent. 4: a task's kind judged
# past its list marker and its partners; "Nhà đầu tư" as the one enterprise a document
# names; a preamble's "xét …" and a letter's closing courtesy are no directives. 5: running
# text (headlines, numbered lists, unit-by-unit requests, obligations with "cần"), the
# press's "tháng 6-2020", deadlines "trước 16 giờ ngày …", "trước 30/5/2026". 6: running
# text read one paragraph per line, verbs sharing one object kept together, a request for
# the coming period, numbered paragraphs of units as a directive's body; "hướng dẫn của …"
# after ";" is no task. 12 (seventh session): press pages' senders (a leader's title, the
# Prime Minister, "ra văn bản"), partners after "; ", headline requests, captions anywhere,
# figures as results, party committees and "Các phòng" as units, periods named without a year.
# 13: a result's unit, the one whose work it reports (nlp.tasks.reporter_of). 14: running
# text: a first line ending with a colon, numbered units over dashes, "đã giao <unit>". 15: a
# speaker's obligations for the coming period, the period before its unit with no comma. 16:
# a council session's own business is no result. 17: a province as addressee, an obligation
# right after a request asks its addressee. 18: a relayed notice's units, manner words "nỗ
# lực", "quyết tâm", a meeting line inside a list, "không đạt" a shortcoming. 19: a page's
# title may end with a full stop; a dash item is never one. 20: the matter before an
# addressee, a topic before a piece. 21: a bare purpose, a note about an attachment. 22:
# "HĐND" heads a unit; "chỉ đạo cần …" asks with no addressee. 23: a list of requests stays
# one; "tổ chức đảng", "tổ chức chính trị - xã hội" are organisations. 24: no cut inside
# brackets. 25: a page on the months gone by reports its next paragraphs too. 26: a press
# account's dated events and work just done ("vừa") are results; "Mỗi cơ quan" is "Các cơ quan".
# 27: more verbs of the office (verbs.jsonl verb.cham_lo); a numbered list goes on over a line
# break after "; ". 28: a passive request asks its subject; an organising committee speaks;
# "liên tục" ends an addressee. 29: "N. Giao <unit> …" paragraphs are assignments; "thông
# báo" is an action; a request naming its letter's subject ("… về việc …") asks nothing.
# 30: "tập trung một số nội dung:" only announces. 31: a directive document's item that says
# what must hold of the work is a task, for the doer of the lettered item before it. 32:
# "đây là cơ sở …" ends a result; "hoạt động tích cực" is an outcome. 33: a promise "<subject>
# sẽ <task>" begins after "sẽ". 34: a meeting that agrees speaks; "phân công" asks. 35: a
# result begins after who tells it and when; "có những chuyển biến" is an outcome. 36: "sẽ"
# before a modal is no part of who must. 37: who must, named first in a request's list. 38:
# "sau lễ/khi …" before whom a request asks; "ban chấp hành" is a committee. 39: a review
# meeting "sơ kết …, triển khai …" tells the meeting. 40: "Tiếp tục …, hoàn thành trong
# tháng 12/2025" is a deliverable (tasks.json completes_by). 41: a heading "e) Đối với
# <unit>:" gives that unit the tasks under it. 42: the police and "PCT" speak; "Đoàn thanh
# niên …" heads a unit's name. 43: ", huyện chỉ đạo …": a level alone speaks. 44: "năm
# 2019.9 tháng …" ends a sentence; outcomes, then "dự kiến …", are a result. 45: "lãnh
# đạo chỉ đạo" is no speaker asking. 46: "Theo báo cáo của …, <time>," tells a result;
# "…, đến nay đã …", "…, riêng <body> đã …" are results of their own. 47: "tính đến
# ngày …" is no deadline. 48: "… cụ thể: Họ và tên; ngày tháng năm sinh; …" are details.
# 49: "Các đơn vị thực hiện trước ngày …" finishes the task before. 50: a party committee
# speaks; "phân công trực tiếp đến …" assigns. 51: "3. Giao:" alone opens a list. 52:
# "làm đầu mối" ends a unit's name. 53: "UBND các huyện, thành, thị" is one name; "cân
# đối" an action. 54: a list of units opening a paragraph is its doers. 55: "UBND các
# phường: Trần Phú, Lê Lợi, Hải Cảng" is one name. 56: "1.Các …" is a list's number; a
# number naming no one is the list's addressee's. 57: "I." is a list's number. 58: "2.
# Đối với chi bộ, BĐH các thôn" alone over dashes assigns them. 59: "Để …, các địa phương
# cần …" is an obligation. 60: "đã cùng thảo luận, trao đổi …", "đóng góp ý kiến vào …"
# tell the meeting. 61: "Trong 9 tháng đầu năm, …" opens the period reviewed. 62: "nhấn
# mạnh đến một số nhiệm vụ trọng tâm …" names the tasks to come. 63: "Các huyện", "các
# xã" … head a name; "treo", "thay mới" are actions. 64: "một số nhiệm vụ quan trọng
# như: …" announces tasks. 65: "có văn bản …" opens a directive's task. 66: "Riêng đối
# với <units>, …" is their task. 67: "Các Trường học, Trạm y tế, … cần …" opens a task
# of theirs in a directive document. 68: "đồng chí … đã kiểm tra tình hình …" tells the
# meeting. 69: "… yêu cầu <units> khẩn trương, tập trung …": manner and comma end the
# addressee, the task goes on past the comma. 70: "chịu trách nhiệm" ends a unit's name,
# known names inside a list of units, "Nhà trường yêu cầu …" speaks. 71: a letter's
# greeting ("Kính gửi: …") names whom its parts ask after "… như sau:"; "Các trường" heads.
# 72: "BCĐ" speaks, "Ban phát triển" heads, "tập chung" acts, "sẽ" ends an addressee.
# 73: a body's "… thông báo … như sau:" relays a notice: its labelled facts are no items,
# "a) Đối với …:" says whom its "+" lines ask; "Công đoàn", "Bộ phận" head. 74: "bố trí",
# "ứng trực" act; a request's time may follow a comma ("yêu cầu, trong thời gian tới, …").
# 75: "…; các nghị quyết …; chủ trương …" name more objects; "nhanh chóng" ends a name.
# 76: "… nhấn mạnh, <ground>, do đó <units> cần …" asks those units. 77: "… lưu ý thêm một
# số nội dung về … là <tasks>": the tasks begin after "là". 78: "người dân cũng được
# khuyến cáo cần …" asks the people. 79: "… nhấn mạnh những nội dung chính được … thảo
# luận …" sums up, no task. 80: "Phát huy kết quả đạt được …, X sẽ …" promises; a forward
# promise's task begins past its subject's "sẽ"; "Thư viện" heads. 81: a relayed notice's
# or a request list's sentence asks an addressee the registry does not know by name;
# "xem xét", "nhắc nhở" act. 82: an addressee of up to 80 words, ended by "trong phạm vi …".
# 83: "…, cơ quan, tổ chức, đơn vị …" in an addressee is a name. 84: "Nhiệm kỳ qua" looks
# back; a congress electing its board is the meeting. 85: a title naming the year after a
# paragraph's year makes it the year reviewed; a looking-back sentence is a result itself.
# 86: an inspection team ("Đoàn kiểm tra", "Đoàn" opening its clause) speaks. 87: a quoted
# duty after a request's colon names who must; "nhà trường" is asked. 88: "gia đình",
# "phụ huynh" are asked. 89: the colon of a name's places ("UBND các quận: Hải Châu, Sơn
# Trà") opens no list of tasks. 90: a promise's subject before "sẽ" may run to 20 words.
# 91: preparing, planning, notifying and one-off events ("tổ chức họp") are deliverables.
# 92: a closing that asks only to carry out "văn bản này" is no task. 93: "nhân dân",
# "người dân" before a colon are asked ("Đề nghị nhân dân:"). 94: "đề nghị, <addressee>",
# "cả hệ thống chính trị" asked, "luôn" and "trong quá trình" end an addressee, "đơn vị quản
# lý" a name; a colon's details end at a "; " that opens the next job. 95: "Nhiệm kỳ tới,"
# and the latest of two named terms look forward. 96: "Trong trường hợp … thì <unit> …" in a
# list of requests, "Trạm …" asked, a request naming no one asks the last addressee. 97:
# "đề ra N nội dung …: …" at a "Hội nghị sơ kết" announces the tasks it lists. 98: "trước
# 20h00' ngày …", "trước 7h00 sáng ngày …" are deadlines; "hoàn thành ngay sau …" stays.
# 99: a dated sentence that only says a congress or conference was held is no result.
# 100: "thông qua", "trước mắt", "tự giác", "không được" end an addressee; "thu gom" acts; a
# request's lead that ends in its list's colon lists past 160 characters. 101: a speaker's
# "Để …, đề nghị <addressee> …" is read past what it is for. 102: an item of a list of
# requests that names a meeting is a task; "; Chương trình làm việc …" one more object.
# 103: "thứ nhất là: Đề nghị …" opens a request whatever was told done before it. 104: a
# team's inspection held and "Cùng đi có …" tell the meeting. 105: a piece of a request
# that names no one may name its own addressee the registry does not know. 106: a notice
# told to its addressees ("UBND xã thông báo cho …; … nội dung sau:") gives them the
# paragraphs below. 107: the doers a block names first ("Các Trường học, … cần …") do its
# other sentences too. 108: a congress just held, or held on a day at a place in brackets,
# and what was reported to it ("Tại Đại hội, … đã thông qua báo cáo …") are no results.
# 109: "như:" after a job's object lists examples of it, no tasks. 110: "đề nghị trong thời
# gian tới <addressee> cần …" asks the addressee after the time. 111: "các tổ chức thành
# viên" is a name; a page whose headline reads as a heading and gives no list under it is
# read as running text. 112: a letter's speaker asks whom the registry does not know ("UBND
# xã yêu cầu các ông (bà) trưởng xóm …"); "… yêu cầu … nghiêm túc thực hiện./." closes it.
# 113: a page whose only heading is its headline is running text; a colon list of
# paragraphs naming whom they ask; "trân trọng đề nghị"; "TP. Cà Mau" inside an addressee;
# no list after a telephone number's colon. 114: what units do by a day to come ("Trước
# 10/5, các trường … nộp …") is an obligation; "gồm" inside brackets opens no list. 115:
# "Liên hiệp …" begins an addressee; a list item naming its doer is no meeting told. 116:
# a leader presenting the coming period's tasks to the meeting is no result. 117: "Đoàn
# cũng đề nghị …"; an addressee goes on past "nhất là". 118: "Khối vận …" is asked; a
# programme's board is one name ("Ban quản lý Chương trình mục tiêu quốc gia xây dựng Nông
# thôn mới nâng cao xã …"); "bám vào" acts. 119: what a result lists after "gồm:" with no
# action or doer is its details. 120: ", trong đó đã …" opens another result. 121: a leader
# going round to check and urge the work tells the visit. 122: "Thứ 2: Yêu cầu …" opens a
# request. 123: what a team checked ("Đoàn đã tiến hành kiểm tra: …") is no result; a
# second request joined with no comma ("… đồng thời đề nghị Đảng ủy xã ra nghị quyết …").
# 124: "Đại hội đã bầu 13 đồng chí vào BCH …" is the meeting's business.
# 125: in a directive's block, a doer named in a later sentence ("Đồng thời, các cấp, các
# ngành cần …") no longer goes back to the clauses before it: those are the context's.
# 126: a task with a time limit whose year is unsaid ("Trước 10/5, …") is a deliverable.
# 127: "Theo công văn số … về việc …, việc … sẽ được thực hiện như sau:" relays the letter;
# a sentence that asks itself never relays.
# 128: a numbered list run into one paragraph ("… nội dung sau: 1. … 2. …") breaks at its
# numbers; "Ban chấp hành …" speaks, "BCH …" is asked.
# 129: ministries are units by their names ("Bộ Y tế", "Bộ Tài nguyên và Môi trường").
# 130: the paragraph right after a request's colon is its first item; a press account of a
# letter that asks with a colon is that request, no relay; "Căn cứ … để <task>".
# 131: "… nhấn mạnh rằng: Trong 9 tháng đầu năm …, … đã …" tells results, no request.
# 132: a future word inside a purpose ("… để các đối tượng rèn luyện phấn đấu …") promises
# nothing.
# 133: "… nhấn mạnh: Việc … là bước quan trọng …" only says what something is: no task.
# 134: ministries known by their full names; "<unit> cũng yêu cầu …" speaks; "Vì vậy, <units>
# cần …" is an obligation.
# 135: "Ủy ban quốc gia …" speaks (its "còn" no part of its name); "báo về …" acts.
# 136: "Thường trực Hội …" speaks; "… thực hiện đảm bảo các nội dung trên." closes a letter;
# "Các bộ, ngành" and "Ban Thư ký" are units; "lựa chọn", "tuyển chọn" act.
# 137: in a list of requests, "<unit> phải/cần/có trách nhiệm <task>" names its doer; a piece
# that only says when ("Trước khi …,") stays with the task after it.
# 138: a procedure, rule or guidance issued "với những nội dung sau:" relays; "•" marks a
# list's item; "đăng ký", "ký duyệt" act; "trước ngày 21.01.2015" (full stops, with a year).
# 139: a ceremony or gathering held, what was announced at a meeting, a session's own course
# are no results.
# 140: universities and institutes are units; a unit speaks with its short name in brackets.
# 141: in a result, counts of work done each with its action are results of their own; a
# figure compared or summed after its comma stays with it.
# 142: in a list of requests, a piece that only says what something is ("…, công trình sẽ là
# điểm nhấn …") ends the task before it and is no task.
# 143: a unit's name ends before "chỉ" and "sau khi"; a time lead may list its dates.
# 144: the speaker that opens a request's own clause; "đã yêu cầu <unit>" still asks.
# 145: an addressee named with the courtesy "quý" ("đề nghị quý Ban, …").
# 146: "người đứng đầu …", "người phụ trách …" are asked.
# 147: "Bên cạnh đó, chỉ đạo …" in a list of requests passes the work down.
# 148: what an inspection or a test found ("Kết quả kiểm tra cho thấy …") is a result.
# 149: relayed notices: a full stop inside a name, a unit's heading over dashes, a
# procedure's steps ("Bước 1: …"), roles of a school as addressees, past a unit's colon.
# 150: a schedule's lines ("16/9/2021 – 19/9/2021 : Sinh viên …") are tasks due by the span's end;
# "nhận đơn", "nhận hồ sơ" … act; "tự" before an action ends a name.
# 151: in directive documents too: a schedule's lines, a lead-in that is only a name;
# "có trách nhiệm" after "và" goes on with an action; "xác nhận", "đọc kỹ" act.
# 152: "Nhiệm vụ các tổ <action> …" sets out their tasks; "thống kê" acts.
# 153: tasks after "…, trước mắt"; "Chỉ đạo …" among results is done; "thu hoạch" acts.
# 154: a dekad's deadline ("trước trung tuần tháng 10/2022"); a piece naming who must is theirs.
# 155: a fund ("Quỹ đề nghị …") speaks.
# 156: "làm rõ" acts.
# 157: "… hoàn thành các nhiệm vụ trọng tâm đề ra" reports them done, announces none.
# 158: a resolution passed "với một số nội dung … như:" lists its tasks.
# 159: after a forward word, the tasks begin past the list's opener ("…, như …").
# 160: a paragraph lead-in that asks gives the tasks after it its addressee; "Thống đốc"
# speaks; "tổ chức tín dụng" names.
# 161: the head of a judgment-enforcement department speaks; "tổ chức thi hành án" names.
# 162: "Khoa", "Nhóm …" asked; a name ends before "không"; a label over a time is a fact.
# 163: "cấp bộ" names; TTCP speaks; a task before "…, trong đó …" keeps its detail.
# 164: a unit's name ends before the quotation it opens.
# 165: "Từ đầu năm … đến nay" looks back.
# 166: what a one-off hands over or sets up (a list, a plan, a team, an investigation) is a
# deliverable wherever it is said (tasks.json one_off).
# 167: a bare modal opening ("Bên cạnh đó, cần đẩy mạnh …") says what must be done; a modal
# opens a job; a time before a comma is context ("Trong thời gian cao điểm …, cần …").
# 168: verbs tra cứu, tham khảo, tải về, điền, làm theo, truy cập.
# 169: delegates' opinions "tập trung vào …" are no items; "… được giao cho <X> <job>" asks X.
# 170: "…, đạt 37/69 chỉ tiêu và chưa đạt 7/69 chỉ tiêu": the counts reached are results.
# 171: "Về công tác tư tưởng, cần giải quyết …": a modal after a topic is a task.
# 172: the coming period's opening ends before a clause with its own doer and modal.
# 173: work done then "; tuy nhiên còn …" or ", còn lại các xã chưa …": the work a result.
# 174: a request opening its own clause after "; đồng thời" asks whom it names.
# 175: "Theo thống kê …" asks no one; "khi chưa phát hiện dịch" is a case, no shortcoming.
# 176: a first line that goes on ("Theo đó, …") is no headline.
# 177: the sentence after a request goes on with the last unit the request named.
# 178: targets striven for ("phấn đấu 100% …, 95% … đạt …") are no figures reached.
# 179: a time limit makes "hoàn thành" a task; "Thông tư đã quy định …:" relays; "Cấp xã"
# asked; a paragraph with other figures is no repeat.
# 180: after a request, a sentence that sets a time limit is a task.
# 181: a work programme's item closing with "(…, <unit> chủ trì thực hiện)" is that unit's.
# 182: a result is the work done past the aim it opens with ("Nhằm …, … phường đã …").
# 183: "chưa" inside a "mà …" clause names no shortcoming.
# 184: "sau mỗi buổi …", "theo quý" make a task recurring.
# 185: a request told as made ("đã đề nghị", "Đồng thời đã yêu cầu Công ty …") asks; a
#      running-text page's item told again (sapo, then body) is kept once.
# 186: "NXB …", "Kho bạc …", "Tổng cục …" are asked; "Bộ … giao …" asks; "được tạm dừng"
#      ends an addressee.
# 187: "Đây là …" (what something is) is no result.
# 188: "ngày 18 tháng 12" is a date, no period; a page's opening that names only the
#      coming period after its task words sets that as the next period.
# 189: an assignment told as done asks whom it names, a registry unit or not.
# 190: an outcome word inside the aim a promise opens with reports nothing reached.
# 191: a unit's name takes its city as the press writes it ("Sở GTVT TP.HCM"); a place's
#      capitals in a name's tail end before a lower-case word.
# 192: "lưu ý các nội dung:" names no addressee (running.json matters).
# 193: "Những trường hợp … thì …" is a case (running.json condition).
# 194: "chỉ đạo và hướng dẫn" is one request word (running.json request, strict_request).
# 195: "có nhiệm vụ" says what a team must do (running.json modal, task_lead).
# 196: "kêu gọi" asks the units named after it (running.json request, strict_request).
# 197: a leader "nêu ra các công việc" a unit must do asks it (running.json request).
# 198: "Nhà thầu" is asked; ", đồng thời <units> <modal> …" asks them
#      (running.json addressee_start, also).
# 199: "mong muốn" asks; the clergy speak (running.json request, person, speaker).
# 200: what was done "Sau lễ phát động, …" is a result (running.json dated_event).
# 201: on a page that opens on the period it reviews, a later paragraph that opens with a
#      unit and its action is a result.
# 202: "… lượt người tham dự" is no meeting (running.json meeting).
# 203: a caption glued to its paragraph is read past (running.json glued_caption); "đã
#      triển khai … các nhiệm vụ trọng tâm" announces none (tasks_done).
# 204: a union's BCH speaks; branch secretaries are asked (running.json speaker,
#      addressee_start).
# 205: "…, ngoài thực hiện …" ends an addressee (running.json qualifier); a numbered line
#      that is only a unit's name asks the paragraph below it; "Hạt kiểm lâm" is a unit.
# 206: "công trình" is a noun in an addressee's name (nouns.jsonl).
# 207: a (tổng) cục trưởng is a person who speaks (running.json speaker, person).
# 208: a page's one addressee is asked again by its later requests that name no one.
# 209: a unit's known name takes any run of spaces between its words, and its tail a
#      district ("… huyện"; units.json name_tail).
# 210: stressing the importance of a thing asks nothing (running.json recap); what a
#      meeting agreed to carry out is its promise (resolved).
# 211: "Theo <unit> (…), đến hết ngày …," goes before the figures it reports (running.json
#      told_by); "chưa bao gồm …" names no shortcoming (remedy).
# 212: a council's delegates who open their clause speak (running.json speaker).
# 213: a ministry and its minister speak (running.json speaker, person; a ministry's own
#      "chỉ đạo" stays its work, agency_speaker); "Tổng cục" heads a unit; the headline
#      again is a caption; a determiner alone names no one; "Công văn cũng nêu rõ, đối với
#      …, thì …" asks on (paragraph_lead, condition).
# 214: a due date in a paragraph of its own after a numbered list of requests is every
#      item's (nlp.running._with_its_tasks).
# 215: "vì thế / vì vậy / do đó … phấn đấu …" after results turns to a promise
#      (running.json future_clause).
# 216: a request word that ends its sentence asks nothing.
# 217: "cũng", "còn", "vừa" end a unit's name (tasks.json stops).
# 218: "giáo dục và đào tạo" and other sectors' names are nouns (nouns.jsonl); a known
#      name goes on with a place of two or three capitalised words (units.json name_tail).
# 219: a request word then the matters it names, then units ("lưu ý đến một số nội dung
#      các đơn vị … cần …") asks the units (running.json request_ground); a person's request
#      is no unit that must (nlp.running._obligation).
# 220: a review word among the tasks an announcement lists after its colon makes no review.
# 221: (tổng) giám đốc asks and is asked; "Sau đó <unit> …" asks the unit; units named by
#      their work ("các đơn vị quản lý, vận hành …"); a page's one letter asks whom it was
#      sent to in the requests that name no one (running.json letter_to); tasks a body
#      set, listed after "; " (set_then_listed), on the ground of a review (review_ground);
#      a key task one holds dear announces none (regarded_as).
# 222: a body by its capitals alone speaks ("TCCT yêu cầu …"); roles in "viên" go on with an
#      addressee; a leader's "có ý kiến như sau:" lists requests; "theo thẩm quyền"; a
#      paragraph opening with a list of units is asked of the list (and so is its task).
# 223: a forward opening then a body directing units it names is a request (_directs_ahead).
# 224: a run of spaces inside a line is read as one where only the words that follow matter
#      (nlp.normalize.one_spaced); a span's end is a deadline only when no other is set.
# 225: the Government speaks; "Nhiệm vụ của <unit> là …" (duty_of); "Theo đó, <unit> cần …";
#      a passive request asks its subject named as addressees are (not duties_given).
# 226: a head opening a noun phrase that looks like a verb ("Ban chấp hành …") is one name.
# 227: a chief justice and a procurator general speak; ministries' departments ("Vụ Tổ chức").
# 228: a clause looking back "từ năm 2013 đến nay, … đã" is done; object pieces after "; ".
# 229: "Song song đó, <units> …"; forces ("lực lượng Công an …") asked; "nhiệm vụ … là:" leads.
# 230: "BTC" heads a name; "Đối với <whom>: <unit> <task>" in a list; "Lãnh đạo và …" kept.
# 231: orders named at length; "; theo đó:" tails; items opening with their due day ask on.
# 232: "BQL", "BCĐ" head names; "Công văn này nêu rõ <units> cần …" asks them.
# 233: "trật tự xây dựng", "đầu tư phát triển" in names; "Ban QLDA 1;2;3" one name.
# 234: units asked counted in words ("hai Hạt Kiểm lâm …").
# 235: "phát triển hạ tầng" and the like in a company's name.
# 236: "…, tiến tới <job>" goes on to the next job.
# 237: two unevidenced names of a line of business dropped ("phát triển nhà", "… đô thị").
# 238: "ủy quyền cho <unit>" asks the unit; departments' pre-2025 abbreviations as aliases.
# 239: a greeting's dashes are no tasks; a request lead over headings; recipients run in; units
# listed before a task are its doer together; "ứng phó" an action.
# 240: a speaker's requests naming no one are for the unit it praised; "mong rằng" asks.
# 241: "yêu cầu đến các …" asks them.
# 242: a ministry named by its abbreviation speaks ("Bộ LĐTB&XH yêu cầu …").
# 243: "Văn phòng Đăng ký đất đai …" is one name (nouns.jsonl registry).
# 244: a greeting ends at its last name (a full stop) and before the grounds after it.
# 245: the greeting's grounds and a praised place read with the shared rules (directives.json
# not_task_openers, units.json body_key_places) instead of word lists in the code.
# 246: ", đồng thời <job>" is a job of its own; "nhắc nhở" asks; a place asked by its bare
# name ("mong muốn Hòa Bình quan tâm …").
# 247: in a directive document too, ", đồng thời <job>" is a job of its own (joined_job).
# 248: "Về nhiệm vụ tháng 4, …" opens the tasks to come (running.json forward).
# 249: "trồng thêm", "trồng mới" are acts (verbs.jsonl); "đồng chí" is no part of a unit's
# name (units.json strip_prefixes).
# 250: dashed paragraphs that each open with a unit and its job, none done, are assignments.
# 251: "…, trong đó <job>" is a job of its own (running.json also).
# 252: "với trọng tâm" opens a list of tasks; a shortcoming before what comes next is no result.
# 253: "nhấn mạnh … và giao nhiệm vụ cho <unit>:" asks the unit (running.json stresses).
# 280: "….X" ends a sentence; what will be done after ", theo đó" in a sentence naming
# shortcomings is promised (running.json then_forward); the coming period with no comma
# before its unit, also after a purpose (forward_bare); "gieo trồng" is an act.
# 281: the causes of shortcomings analysed name none (running.json remedy); a target year
# right after "đề ra mục tiêu" starts the targets (announced_copula); the subject of a
# promise after a longer verbless topic is what follows its last comma.
# 282: "không giao" asks no one; "Ban tổ chức" is a name; a paragraph ending on "(ảnh …)" is a
# caption; the lead told again with other commas is one item; a chief inspector is asked; a
# condition before who must is no part of it (running.json obligation_lead).
# 283: "bắt buộc" says what a unit must do and ends its name, "tối thiểu" is a manner,
# "cấp trường" a level (tasks.json stops, running.json modal, manner, nouns.jsonl tier); a
# case before a bare "đề nghị" is no unit (running.json condition).
# 284: "giao nhiệm vụ <unit>" asks the unit; "Mục tiêu giai đoạn …," opens the tasks to come
# (running.json request, forward); "trồng rừng", "trồng cây" are acts; a promise opened by
# the coming period or a purpose begins past the unit that makes it.
# 285: "đơn vị thi công", "đơn vị tư vấn" are names (nouns.jsonl team); "tính toán" is an
# act; the speaker acting again ends a list of requests (running.json list_ends).
# 286: "lưu ý" after whom a request asks begins its task (running.json addressee_stop,
# tasks.json stops); what the speaker says of the work's weight asks nothing (list_ends).
# 287: "dự họp" names who attended, the meeting itself (running.json meeting).
# 288: a site's tag of several words opens the lead and ends the headline line above it
# (running.json lead_tag: "(Quang Binh Portal) - …", "(HCM CityWeb) – …").
# 289: an office of a body ("UBND TỈNH BÌNH THUẬN" / "VĂN PHÒNG") named with the whole body
# 290: an addressee that lists its members after its colon ("các phòng, ban liên quan như:
# Phòng …; Phòng …; … tăng cường …") asks them (running.json members_follow); "Tuy nhiên,
# <units> cần …" asks them (obligation_lead); a closing reason ", vì còn …" is cut (reason_tail).
# 291: "siết chặt" is an act (verbs.jsonl): it carries a list of requests on into its paragraph.
# 292: a sentence asking for a report after a request is a task of its own; a contact's
# label opens no list.
# 293: a signed PDF's number and day, drawn by its signature fields, are read into its header.
# 294: "Sở GD&ĐT TP yêu cầu …" speaks (bare_place); "Theo đó, <unit> <action>" after a document
# issued is what it gives the unit (issued_document, accordingly).
# 295: a piece opening with when it is due, then an action, is a job of its own (timed_opening).
# 296: "… chỉ tiêu được giao, …" (a passive request word with no task after it) asks no one.
# 297: taking part in contests ("đã tham dự 20 giải …") is a result, not the meeting attended.
# 298: "Hiện Thành phố còn 6 chung cư cấp D" in a list of requests is no task (statement_piece).
# 299: "Báo cáo …, nhiệm vụ trọng tâm quý II … cho thấy: …" announces no tasks (report_shows).
# 300: a meeting among the results a colon lists is one of them ("…: Tổ chức …, tổ chức họp …").
# 301: those in need, counted, are no one obliged; "Theo đó, với <unit> phải …" after tasks given.
# 302: a unit that tells and asks asks; "Tuyệt đối không được …", "Việc …, cần …" go on a list.
# 303: "Không đưa …" goes on a list of requests (prohibition, prohibited_act).
# 304: a page that opens "Theo đó, <unit> …" relays its tasks; "Đối với <unit> <action>" asks.
# 305: "Đồng thời, chỉ đạo cần …" directs; "Bên cạnh đó, cần …, phấn đấu …" is no result.
# 306: on a page whose meeting reviews a year, its last months are past (review_then_tasks).
# 307: "… giao nhiệm vụ cụ thể như sau:" asks the units the paragraphs below name.
# 308: "… đã … tổ chức triển khai thực hiện nhiệm vụ trọng tâm như: …" lists results.
# 309: "… tổng kết nhiệm vụ … năm 2025" names the year reviewed, not the coming one.
# 310: "Thống kê tỉnh" is a unit; "chịu trách nhiệm … về A, B" and "… với mục tiêu: A; B": one task.
# 311: "báo cáo … về tình hình thực hiện …" and "tình hình thực hiện nhiệm vụ … năm X" review.
# 312: "…, huyện Thanh Miện vừa yêu cầu …": a district by its name speaks.
# 313: "Ngày 31-7, HĐND huyện … đã tổ chức kỳ họp …": the meeting told of, no result.
# 314: "… đã chỉ đạo các đơn vị triển khai một số nội dung." asks the units named below.
# 315: "Theo đó, Sở … đã yêu cầu …" at a sentence start: the department speaks.
# 316: "Nhiệm vụ trọng tâm mà … thực hiện trong tháng 5 … là …" names the task after "là".
# 317: "… được nghe kết quả thực hiện nhiệm vụ tháng 8 … phương hướng tháng 9" reviews.
# 318: "… hoàn chỉnh hồ sơ đề nghị tỉnh thẩm định …": an application, no request.
# 319: "Trong thời gian dịch bệnh chưa chấm dứt, không tổ chức …" goes on a list of requests.
# 320: "Công an huyện này" keeps its level; "Chính quyền huyện Di Linh giao …" gives tasks.
# 321: "Trong những ngày tiếp theo, …", "Thời gian sắp tới, …" speak of the time to come.
# 322: "Sở Giáo dục và đào tạo tỉnh Long An chỉ đạo …" at a sentence start: the department speaks.
# 323: no cut inside quotation marks; a motto in the opening; "Ban Tuyên giao" gives no task.
# 324: "Nếu đơn vị nào đã thu cần kịp thời trả lại …" goes on a list of requests.
# 325: "giải trình" is an act ("yêu cầu UBND xã giải trình, làm rõ …": the unit is "UBND xã").
# 326: "hỗ trợ khó khăn …" helps, no shortcoming; "bám sát nhiệm vụ trọng tâm" announces none.
# 327: "Công an tỉnh thời gian tới cần …": the coming time ends the addressee's name.
# 328: "… đạt từ 90% trở lên, án dân sự … đạt từ 85% trở lên": one target per figure.
# 329: "đề nghị đơn vị quản lý chợ một số nội dung, như: …": the points are no part of the unit.
# 330: a header's year that the page opens a later line with is the year to come.
# 331: a direction told with its outcome ("…, kết quả …") is done; "Định hướng năm 2018, …".
# 332: "Để …, UBND huyện đã chỉ đạo các cơ quan … tiếp tục …" gives standing directions.
# 333: "nhấn mạnh, Sở … giữ vị trí …" asks nothing; "Đồng chí đánh giá cao …" ends a list.
# 334: "Kế hoạch đề ra các nhiệm vụ …, giao cho từng cơ quan …" relays what each body is to do.
# 335: "… đặt mục tiêu chính của năm 2018 đó là …; …" announces the year's goals.
# 336: "kết hợp với" ends the name of whom a request asks.
# 337: "Tại các khu vực, …, tổ chức …" goes on with a list of requests from its task.
# 338: the "giao" of "chuyển giao" and "bàn giao" asks no one.
# 339: "… có nhiều chuyển biến", "… có nhiều khởi sắc" are results.
# 340: a greeting laid out in a table ("Kính gửi: |") names no cell marks.
# 341: "Đối với <unit>, Chủ tịch … yêu cầu <task>" asks that unit.
# 342: "… thông báo đến <units> thực hiện <task>, cụ thể như sau:" asks them.
# 343: "…, trong 8 năm qua Hội … đã …" is work done, and ends a list of tasks.
# 344: "… được quán triệt …, trong đó, BCH Hội … cần …" turns to tasks at "trong đó,".
# 345: a caption placing people "(bìa trái)", "(bìa phải)" is no item.
# 346: "… hội viên nghèo, khó khăn" helped names no shortcoming.
# 347: "chương trình công tác trọng tâm trong 6 tháng cuối năm …: …" announces tasks.
# 348: an addressee ends before "(gọi tắt là …)", what it is called for short.
# 349: "đặc khu" (the special zone beside communes and wards) is an addressee.
# 350: a target that ends on an amount ("… 81,6 triệu đồng") is cut from the one before.
# 351: "Tất cả các trụ sở cơ quan … phải …": "tất cả" heads an addressee before a body.
# 352: a topic's place may open on any capital ("Công an TP.Ô Môn").
# 353: "… UBND xã chỉ đạo." over "1.Trạm Y tế xã": the tasks of its dashes are asked.
# 354: a caption with a full stop between requests; "tập huấn về A, B, C" is one task.
# 355: "chú ý" is a word of manner ("Các cơ sở y tế chú ý nâng cao …").
# 356: "kết luận một số nội dung sau:" asks; "Với tinh thần … đề nghị …" requests.
# 357: task words that end their sentence before a period do not make it the next one.
# 358: "Đối với các trường THCS, phải …": a name stops before ", phải"; what they must do.
# 359: "phòng Giáo dục – Đào tạo huyện …" in lower case heads a unit (units.json).
# 360: "đã … thực hiện tốt công tác … và các nhiệm vụ trọng tâm khác" announces no tasks.
# 361: "- Trưởng phòng Phòng … tăng cường …": a head of office's dash assigns (dashed_role).
# 362: "yêu cầu đối với các xã, thị trấn …" asks the units named across the comma.
# 363: "Trước hết, …" goes on with a list of tasks; "BĐBP" heads a unit.
# 364: a request word inside brackets is an aside, no request.
# 365: a first sentence naming a period reviewed, task words, then the next one sets both.
# 366: "Sau bão, các đơn vị phải …": the units that must, after when.
# 367: "Xí nghiệp", "Trạm" head a unit; a new name ends at a comma before a verb.
# 368: "phổ biến một số quy định …:", "phân công nhiệm vụ cho" ask; "UB.MTTQ" heads a unit.
# 369: "1/ …" numbers a list; "Không tổ chức …", "Từng lớp …" open a task; "Đối với X đề nghị".
# 370: "Triển khai nhiệm vụ năm 2026," opens tasks; a promise ends before its "nhằm …".
# 371: "Nhằm …, <body> đã chỉ đạo <unit> …" asks the unit; "Đối với X, cần …" obliges X.
# 372: "để nghị" before whom it asks is "đề nghị" mistyped.
# 373: a unit whose known name holds commas asks ("Sở Văn hóa, Thể thao và Du lịch …").
# 374: a request's addressee "… gồm:" asks the members listed, then their task.
# 375: "Hiệu trưởng" heads a unit.
# 376: "LĐLĐ" heads a unit; "Căn cứ chức năng, quyền hạn … và tình hình thực tế," is a lead.
# 377: "chủ quản lý" names owners (nouns.jsonl team); a page's last numbered task may lack
# its full stop.
# 378: "đã kịp thời chỉ đạo" directs for an aim; "TP Hải Phòng" (no dot) ends a name; a
# paragraph opening on "cần"/"phải" + a verb carries a list of requests on.
# 379: a request made for an aim ("Nhằm …, <body> đã đề nghị <unit> …"), past the aim's commas.
# 380: the shortcomings a results sentence lists after "… những vấn đề tồn đọng như:" are none.
# 381: a caption placing someone in the picture ("(thứ 3 từ phải sang trái)") is furniture.
# 382: a remedy of cases standing for years names no shortcoming; an aim-led promise keeps the
# unit named after the aim.
# 383: "tạm ngừng" ends a name; "Có thể xem xét, …" asks on; a forecast under way, then expected,
# is no item.
# 384: a direction given for an aim asks the longer reading of whom it names.
# 385: "Theo đó, <body> đã chỉ đạo <units> …" tells directions that stand; a dated event is done.
# 386: "Kết quả … vừa qua … đạt" is a result; targets each reaching a figure are results;
# "các văn bản chỉ đạo" ask no one.
# 387: "Trước tình hình đó, <units> cần …" says what they must do.
# 388: a military rank before a name speaks ("Đại tá … chỉ đạo …").
# 389: "Kết quả <topic>; …" labels results; "Về thực hiện … nhiệm vụ trọng tâm:" heads results.
# 390: "cho học sinh …" ends whom a request asks; "Theo đó, sở nhấn mạnh yêu cầu …"; "Song song,".
# 391: "<body> chỉ đạo <those> cần …" asks them, known to the registry or not.
# 392: the one term a congress is held for is the term ahead.
# 393: "Đồng thời <unit> cần …" with no comma names who must act.
# 394: "<unit> cần chuẩn bị …" is a deliverable; "…, <measure> <figure>" a result of its own.
# 395: "1/Đội …" opens a list item; a rehabilitation centre and a security team are units.
# 396: the body's own tasks before the clause of a sentence that asks; "Về phương hướng,
# nhiệm vụ <period>," opens the coming period.
# 397: "đồng thời đồng chí yêu cầu <units>" asks anew; a topic, then whom it asks; "Tất cả
# các xã, thị trấn" is named with its task; "cắt tỉa" is a verb.
# 398: "UBND TX …" speaks; "Cuộc họp đã đi đến thống nhất giao …" assigns.
# 399: "<body> quyết tâm <task>" promises.
# 400: "Theo <source>, <unit> được giao …" asks; "Trọng tâm là …" opens the tasks; "thể
# hiện quyết tâm" promises nothing.
# 401: "Đơn vị …" heads a unit; "tất cả tổ dân phố …" is asked.
# 402: "bám sát … nhiệm vụ trọng tâm" announces no tasks; "bắt tay vào" is an act.
# 403: a name ends before "có biện pháp …". 404: "yêu cầu nhiệm vụ" asks no one.
# 405: a commune or ward named by its level speaks. 406: "kính mong" asks the parents
# ("CMHS"), past a when-clause. 407: a page's own years over its header's. 408: a meeting's
# delegates ask. 409: a numbered line that is only a name heads its tasks; "Không mua bán …"
# is a prohibition. 410: "… giao cho <unit>" after an ellipsis; "rất" ends a name.
# 411: "phối kết hợp", "thông tin", "tự trang bị" end a name. 412: "Thứ nhất, …" numbers a
# list. 413: units, then what they must not do, carry a list of requests on. 414: a
# newspaper's tag in capitals; "Theo <who>, những tháng còn lại …" opens the tasks; "Cụ thể,"
# goes on with a list; "Ủy ban Kiểm tra" heads a name; "… và tiếp tục …" is a job of its own.
# 415: a "Chi cục" speaks; its directions to its stations, listed after a colon, stand;
# "… đã triển khai nhiều nhiệm vụ trọng tâm:" relays the tasks of the units below. 416: a
# caption is no heading of a press page; "đều hoàn thành" reports work done. 417: a kicker
# ending with a colon over a page's headline ("Hội Cựu chiến binh tỉnh:"). 418: "…, đó là chỉ
# đạo của <body> đối với <units>" opens a list of requests; "Biên tập: …" is a byline. 419:
# "Theo công văn, <units> <act> …": the letter cited asks them. 420: a plan deployed, then
# "Theo đó, <unit> <act>"; "Đảng đoàn" heads a name. 421: "đạt yêu cầu" is no request.
# 422: the task words between a page's two opening periods split them; "Nghị quyết về
# phương hướng, nhiệm vụ …" announces nothing. 423: "Đối với <units>: <act> …" asks them.
# 424: "Theo <person>, thời gian tới, <unit> phải …" is the person's direction.
# 425: a meeting reviewing results "và" the tasks to come announces the tasks listed after
# it; "cơ quan thường trực" is one noun. 426: a board just set up is no speaker; dates in
# brackets after a period opening. 427: "dự kiến nhân sự" drafts, no promise; a
# paragraph cut short on a function word is no caption. 428: "chậm nhất đến ngày …, <units>
# phải …" asks those units, the deadline kept. 429: "Phân công cán bộ, các tổ chức … theo
# dõi …" assigns all it names; "lắng nghe" is an act. 430: "ban tổ chức" is one noun.
# 431: "Khu Quản lý" heads a unit's name. 432: after work done in its paragraph, a unit
# and its action tell more of that work. 433: "Bên cạnh <job>, <unit> sẽ <task>" promises
# both. 434: "A đề nghị B yêu cầu C <task>" is B's task (relay_request). 435: "<what>
# phải được <done>" is passive, for whoever was asked before (passive_subject). 436: "…,
# nếu <condition>, đề nghị <units> …" asks (condition_lead); "tuân thủ" is an act. 437: a
# count in words then a figure are two results (count_in_words). 438: a passive request may
# follow where or when (setting_lead). 439: awards proposed are no request (award_proposal).
# 440: one passive check for both readers (tasks.json passive_subject, "sẽ" too).
# 441: "Tổ chuyên môn", "Tổ công tác", "Tổ dân phố" head units' names.
# 442: the body announcing its own notice is no doer (own_notice); "Các Phòng" heads a
# name; "khóa cửa", "niêm phong" are acts. 443: "PGS." shortens a title; "<who> cho biết,"
# is no item, and asked when what is told names no one (said_lead). 444: "tăng cường chỉ
# đạo" is no request; a name ends at ", <manner> <verb>". 445: a department's letter that
# directs asks (agency_speaker past issued_document). 446: "quản lý đô thị" names a team's
# work (nouns.jsonl). 447: "Cảnh sát", "CSGT" head units' names. 448: "Ban Quản lý khu
# kinh tế mở"; "các đơn vị … là <units>" means those units. 449: a capitals headline is
# no issuer; "“…”. Đó là … chỉ đạo của <who>" makes the quotation a request (quote_told).
# 450: a promise's piece that is all aim is no task. 451: "trên cơ sở," ends an addressee.
# 452: "Dự kiến <period>," opens the coming period. 453: "Sở … cũng <request>" speaks.
# 454: "Theo đó, vào dịp …, <units> cần …" obliges them.
# 455: a blank line inside a sentence joins it; a numbered unit over dashes of jobs is asked;
# "<unit> đã đề nghị <whom> cần …" asks; the one who asked, at its own work, asks no one.
# 456: in a result, two jobs done each with its object are two results; "Đầu năm … đến nay"
# looks back; a team's checks and a leader's visit are the visit's own business.
# 457: "Đó là những nội dung … đã được <leader> chỉ ra" makes the points before it requests;
# a committee's directions to units it names stand; what units do by a day to come is due.
# 458: "… là một trong những nhiệm vụ trọng tâm" announces no list of tasks.
# 459-460: a numbered element after ";" that opens with its act is an item of its own; a
# leader's "kết luận chỉ đạo như sau:" asks the units the list below names; a part's label
# and a dash's matter before its colon are no tasks. 461: "đóng góp" is an act. 462: who came
# to a meeting and its own business are no results. 463: "sơ kết thực hiện nhiệm vụ <period>"
# names the period reviewed. 464: the period reviewed after a connector tells results.
# 465: a shortcoming said to be absent names none. 466: "A, nhất là B" names all of A.
# 467: a place by its level opening a piece after "; " is asked. 468: "Vườn quốc gia" heads
# a body's name. 469: ", còn <unit> sẽ …" after results is a promise.
# 470: "<unit> đã thống nhất yêu cầu …": the unit agreed to ask, and asks.
# 471: a body by the short name the text gave it in brackets; "các trung tâm", "các trạm y
# tế", "các bệnh viện" head names; a unit after a list of units and "; " is one more of them.
# 472: who came to direct a meeting is its business; "được triển khai với yêu cầu …" and a
# plan passed "…, trọng tâm là …" list the tasks.
# 473: "Ngoài đánh giá …, Hội nghị … thảo luận các nhiệm vụ, giải pháp từ nay đến hết …" announces.
# 474: a unit that "nhắc nhở" asks; "Thực hiện chỉ đạo của …, … đã …" ends a list of requests.
# 475: "… vừa tổ chức sơ kết …" and "Hội nghị đánh giá:" are no results.
# 476: "Theo đó, <the body that asked> chỉ đạo …" directs on its letter.
# 477: a speaker before ", là" asks nothing after it.
# 478: "củng cố tổ chức" ends on its object, not on a verb waiting for one.
# 479: a first piece with no act, cut before a doer, is a lead, no task.
# 480: "các đội" heads a name; "có nhiệm vụ" ends one.
# 481: "đã" ends an addressee.
# 482: a connector with no comma goes on with the speaker; "nhận thức rõ" ends an addressee;
#      "đến (thời điểm) hiện tại … đã" is work done.
# 483: "hàng không" goes on with a name; "Trong đó, <units> cần …" obliges; a topic that is
#      all a name is whom a request asks.
# 484: a corporation speaks; "chỉ đạo cho" asks; "túc trực" is an act.
# 485: a unit's "chỉ đạo:" closing its paragraph directs the list below.
# 486: "BHXH" heads a unit's name.
# 487: ", triển khai nhiệm vụ …" turns from a review before it.
# 488: units after "chỉ đạo" and a "; " are more of whom it directs.
# 489: "Đối với <units> nơi …:" names all up to its colon.
# 490: "<body> cho hay đã chỉ đạo …" directs; "giữ (thông tin) liên lạc" is an act.
# 491: cases and sums "phải thi hành", counted, are figures.
# 492: "mạnh dạn" is a manner, no place.
# 493: "6 tháng còn lại" look forward; "Đồng thời mong muốn …" asks on; "đề ra phương hướng … là …".
# 494: "chỉ rõ," asks; an aim "để …," before whom; "chọn" is an act; "được chọn" names.
# 495: "Riêng …, đề nghị …" asks on; "1. Các nội dung báo cáo" is a part's name.
# 496: "Thứ nhất," lists a request's points; "Đối với …, các đơn vị cần …"; letters "với nội dung".
# 497: "; song song với … cần …" and ", phấn đấu đến ngày …" are jobs of their own.
# 498: "Những trường hợp …" names no addressee; a block ending on a comma goes on.
# 499: "gặp phải" is no obligation.
PIPELINE_VERSION = "586"
ITEM_SECTIONS = {"results": "action", "tasks": "commitment"}


@cache
def build_nlp() -> Language:
    """The pipeline: underthesea tokenizer -> entities, verbs, status cues, item splitter."""
    register()
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vi_underthesea.v1"}}})
    nlp.add_pipe("vi_entity_rules_v1", name="entities")
    nlp.add_pipe("vi_action_verbs_v1", name="verbs")
    nlp.add_pipe("vi_status_cues_v1", name="cues")
    nlp.add_pipe("vi_items_v1", name="items")
    return nlp


def extract_report(source: str | Path, *, agency: str | None = None,
                   heading_hints: dict[int, int] | None = None, n_process: int = 1) -> Report:
    """Extract a report from its text, or from a file when given a Path.

    `heading_hints` ({offset: level}) come with text read from a .docx (read_with_hints)."""
    hints = heading_hints or {}
    notes: list[str] = []
    if isinstance(source, Path):
        reading = read_document(source)
        text, hints, notes = reading.text, reading.hints, reading.notes
    else:
        text = source
    report = extract_document(parse_document(text, agency, hints), n_process=n_process)
    report.warnings.extend(notes)  # what reading the file changed
    return report


def extract_many(texts: list[str], *, n_process: int = 1) -> list[Report]:
    """Extract several reports; with n_process > 1, reports are shared among processes.

    Whole reports go to the worker processes (forked after the pipeline is built, so each
    starts with it ready): one report is hundreds of small paragraph Docs, and shipping
    each of those between processes would cost more than it saves.
    """
    if n_process <= 1 or len(texts) < 2:
        return [extract_document(parse_document(text)) for text in texts]
    build_nlp()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
        chunk = max(1, len(texts) // (n_process * 4))
        return list(pool.map(extract_report, texts, chunksize=chunk))


def extract_document(doc: Document, *, n_process: int = 1) -> Report:
    nlp = build_nlp()
    if directives.applies(doc):
        return _report(doc, _directive_items(doc, nlp, n_process))
    if _headline_only(doc) and running.applies(doc):
        return _report(doc, _running_items(doc, nlp, n_process))
    blocks = _item_blocks(doc)
    items: list[tuple[Block, Item, Item | None]] = []
    contents = (doc.text[block.content_start:block.end] for block in blocks)
    for block, spacy_doc in zip(blocks, nlp.pipe(contents, n_process=n_process), strict=True):
        found = _items(doc, block, spacy_doc)
        items.extend((block, item, found[item.parent] if item.parent is not None else None)
                     for item in found)
    if not items and running.applies(doc):
        # no "Kết quả" or "Nhiệm vụ" heading, or one that gives no list under it (a page's
        # headline read as a heading, "Sơ kết công tác 6 tháng đầu năm", over the paragraphs
        # of a meeting summary): a report in running text, read by sentence
        return _report(doc, _running_items(doc, nlp, n_process))
    return _report(doc, _with_lead_ins(doc, items))


MAX_KICKER = 80  # characters of a headline's first line ending with a colon


def _headline_only(doc: Document) -> bool:
    """Whether the only heading is a page's headline: the first line of a text with no
    official header, with no number ("Một số nhiệm vụ trọng tâm triển khai Đề án số hóa
    truyền hình mặt đất năm 2018" over a press page's paragraphs); the page is running text
    whatever section the headline's words would name."""
    # (a photo's caption between the paragraphs, "Quang cảnh Hội nghị đánh giá kết quả …",
    # is no heading of the report's)
    headings = [block for block in doc.blocks if block.kind == "heading"
                and not running.page_furniture(doc.text[block.start:block.end])]
    header = doc.header
    # (a headline in capitals that opens with a body's name, "SỞ GTVT HỌP GIAO BAN ĐÁNH
    # GIÁ KẾT QUẢ …", is read as the issuer of an official header: the headline, no issuer)
    issuer = header.issuer if header is not None else None
    if issuer and len(headings) == 1 and one_spaced(issuer) == one_spaced(
            doc.text[headings[0].start:headings[0].end]).strip():
        issuer = None
    if not ((header is None or not (header.kind or issuer or header.number))
            and len(headings) == 1 and not headings[0].number):
        return False
    # (the headline's first line may be its kicker: "Hội Cựu chiến binh tỉnh:" over "Sơ kết 6
    # tháng đầu năm 2016")
    before = doc.text[:headings[0].start].strip()
    return not before or ("\n" not in before and before.endswith(":")
                          and len(before) <= MAX_KICKER)


def _with_lead_ins(doc: Document, found: list[tuple[Block, Item, Item | None]]) -> list[Item]:
    """The items, each lead-in of tasks ("c) Chủ động làm việc …, như:", "b) Theo dõi, đôn
    đốc … các nhiệm vụ:") before its elements as a task of its own, the elements' parent.
    The lead-in's elements end at the next numbered or lettered item ("d) Tiếp tục …",
    which the lead-in's section would otherwise take in); a lead-in with no task under it
    is no item. `found`: (block, item, the item's own lead-in in its sentence or None);
    an element's parent is the nearest lead-in."""
    headings = [block for block in doc.blocks if block.kind == "heading"]  # one per section
    out: list[Item] = []
    parents: dict[int, int] = {}
    closed: set[int] = set()
    placed: dict[int, int] = {}  # id() of a found item -> its index in `out`
    for block, original, own_lead_in in found:
        item = original
        index = block.section
        section = doc.sections[index] if index >= 0 else None
        if own_lead_in is not None:
            item = replace(item, parent=placed[id(own_lead_in)])
        elif section is not None and section.lead_in and item.kind == "commitment":
            if block.number:
                closed.add(index)
            if index not in closed:
                if index not in parents:
                    parents[index] = len(out)
                    out.append(_lead_in_item(doc, headings[index], section, item))
                item = replace(item, parent=parents[index])
        placed[id(original)] = len(out)
        out.append(item)
    return out


def _lead_in_item(doc: Document, heading: Block, section: Section, first: Item) -> Item:
    """A lead-in as a task: its own words, the unit and period of its elements."""
    start, end = title_start(doc.text, heading), heading.end
    text = collapse_spaces(doc.text[start:end])
    task = facts(text, unit=first.unit, year=_task_year(doc))
    return Item(kind="commitment", text=text, start=start, end=end, section=section.path,
                field=first.field, cue="planned", unit=task.unit or first.unit,
                co_units=task.co_units, due=task.due, task_kind=task.task_kind)


def _task_year(doc: Document) -> int | None:
    """The year a task's dates without one belong to: its period's, else the document's."""
    period = doc.next_period or doc.period
    if period and period.start:
        return period.start.year
    if doc.issued:
        return doc.issued.year
    # a page with no date of its own: the first year its text names ("… đến hết ngày
    # 31-12-2018", "năm 2018")
    named = _NAMED_YEAR.search(doc.text)
    return int(named.group(1) or named.group(2)) if named else None


def _facts_after(text: str, unit: str | None, year: int | None, doc: Document) -> TaskFacts:
    """facts() of a task on a dated page: a time limit written with no year falls on the
    first such day on or after the page's date ("Phòng quản lý đô thị … phải hoàn chỉnh
    trước ngày 30/3" on a page of 07/03/2017 whose title names "năm 2017": 30/3/2017, not
    the year after the one the title seemed to review)."""
    task = facts(text, unit=unit, year=year)
    if not (task.due and doc.issued):
        return task
    for later in (doc.issued.year, doc.issued.year + 1):
        again = facts(text, unit=unit, year=later)
        if again.due and again.due >= doc.issued.isoformat()[:len(again.due)]:
            # (a year the text writes stays: then every year gives the same day)
            return again if again.due != facts(text, unit=unit, year=later + 1).due else task
    return task


_NAMED_YEAR = re.compile(r"(?<!\w)năm\s+((?:19|20)\d{2})(?!\d)"
                         r"|(?<!\d)\d{1,2}[/-]\d{1,2}[/-]((?:19|20)\d{2})(?!\d)")


def _running_items(doc: Document, nlp: Language, n_process: int) -> list[Item]:
    """The items of a report written as running text (nlp.running)."""
    found = running.read(doc.text, doc.next_period, doc.period)
    if doc.agency is None or doc.agency_guessed:
        # a press page that names no sender (or only names departments, maybe the ones it
        # asks) is sent by the body its requests come from (nlp.running.sender)
        speaking = running.sender(doc.text, found)
        doc.agency = placed(speaking, doc) if speaking else doc.agency
    year = _task_year(doc)
    if doc.issued is None and doc.period and doc.period.start and next_implied(doc):
        # a page with no date that names one period and no period to come ("… an toàn công
        # trình thủy lợi mùa mưa, lũ năm 2023": a letter of that year): its dates without a
        # year are of that period's year, not the next one's
        year = doc.period.start.year
    texts = (doc.text[f.start:f.end] for f in found)
    items = []
    for item, spacy_doc in zip(found, nlp.pipe(texts, n_process=n_process), strict=True):
        text = collapse_spaces(doc.text[item.start:item.end])
        task = _facts_after(text, item.unit, year, doc) if item.kind != "action" else None
        if task and (item.relays or (item.kind == "commitment" and running.opens_request(text))):
            # "yêu cầu <B> …" after A's name: A's task, not B's; so is a body's own promise to
            # propose ("…, đề nghị UBND tỉnh công nhận …": its step, not the committee's task)
            own = (canonical_unit(item.unit) or item.unit) if item.unit else None
            task = replace(task, unit=own)
        if task and not task.due and item.when:
            # "16/9/2021 – 19/9/2021 : Sinh viên tự đánh giá …": due by the span's end
            due = scheduled_due(doc.text[item.when[0]:item.when[1]], year)
            task = replace(task, due=due, task_kind=kind_of(text, due, item.kind))
        items.append(Item(
            kind=item.kind, text=text, start=item.start, end=item.end, section="",
            field=canonical_field(text), cue=running.cue(item.kind, text),
            entities=tuple(dict.fromkeys(Entity(e.label_, collapse_spaces(e.text), e.id_)
                                         for e in spacy_doc.spans["entities"])),
            words=_words(spacy_doc, 0, len(spacy_doc.text)),
            unit=(task.unit if task else None) or (canonical_unit(item.unit) or item.unit
                                                   if item.unit else None),
            co_units=task.co_units if task else (), due=task.due if task else None,
            task_kind=task.task_kind if task else None))
    return _once(_due_ahead(_due_along(items, doc.text), doc.text))


def _due_along(items: list[Item], text: str) -> list[Item]:
    """A time limit that ends a sentence of one doer's jobs cut at its commas ("rà soát các
    điểm yếu của đơn vị, hoàn thành việc gia cố …, cắt tỉa cây xanh … trước 9h sáng ngày
    27/9") is the limit of each of them; not of an ongoing duty ("tiếp tục đẩy mạnh tuyên
    truyền …, quảng bá … giai đoạn 2021-2025")."""
    out = list(items)
    for n in range(len(out) - 2, -1, -1):
        job, after = out[n], out[n + 1]
        if (after.due and _one_doers_job(job, after) and job.task_kind != "ongoing"
                and re.fullmatch(r"\s*,\s*", text[job.end:after.start])):
            out[n] = replace(job, due=after.due, task_kind=kind_of(job.text, after.due, job.kind))
    return out


def _due_ahead(items: list[Item], text: str) -> list[Item]:
    """A time limit that opens a sentence of one doer's jobs cut at its commas ("Chậm nhất
    ngày 20-7, các Hội đồng thi xuất kết quả thi …, hoàn thành việc đối chiếu kết quả thi.")
    is the limit of each of them (running.json due_lead), as one that ends it is
    (_due_along)."""
    out = list(items)
    lead = running_rules()["due_lead"]
    led = False
    for n, job in enumerate(out):
        before = out[n - 1] if n else None
        if before is None or not (before.due and (led or lead.match(for_matching(before.text)))):
            led = False
            continue
        led = _one_doers_job(job, before) and bool(
            re.fullmatch(r"\s*[,;]\s*(?:đồng thời,?\s*)?", text[before.end:job.start]))
        if led:
            out[n] = replace(job, due=before.due, task_kind=kind_of(job.text, before.due, job.kind))
    return out


def _one_doers_job(job: Item, other: Item) -> bool:
    """Whether `job`, with no limit of its own, is a task of the same kind and doer as the
    task `other` beside it in one sentence (_due_along, _due_ahead)."""
    return (job.kind == other.kind and job.kind != "action" and not job.due
            and job.unit == other.unit)


def _once(items: list[Item]) -> list[Item]:
    """Each item once: a press page tells its lead again in its body ("Cục Trẻ em … đề
    nghị Sở LĐ-TB&XH tỉnh Bắc Ninh phối hợp …" in the sapo, "…, Cục Trẻ em đã đề nghị Sở
    LĐ-TB&XH tỉnh Bắc Ninh phối hợp …" below): the same kind, words, unit and deadline
    again is no other item, whatever its punctuation ("… xã Hải Lựu huyện Sông Lô" in the
    sapo, "… xã Hải Lựu, huyện Sông Lô" below)."""
    seen: set[tuple[str, str, str | None, object]] = set()
    out = []
    for item in items:
        words = " ".join(re.findall(r"\w+", item.text.casefold()))
        key = (item.kind, words, item.unit, item.due)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _directive_items(doc: Document, nlp: Language, n_process: int) -> list[Item]:
    """A directive document's tasks, each with its words and entities from the pipeline."""
    found = directives.directives(doc)
    texts = (doc.text[d.start:d.end] for d in found)
    enterprises = enterprises_named(doc.text)  # "Nhà đầu tư" is the one it names
    items = []
    for directive, spacy_doc in zip(found, nlp.pipe(texts, n_process=n_process), strict=True):
        facts = directive.facts
        entities = tuple(dict.fromkeys(Entity(e.label_, collapse_spaces(e.text), e.id_)
                                       for e in spacy_doc.spans["entities"]))
        items.append(Item(
            kind="directive", text=collapse_spaces(doc.text[directive.start:directive.end]),
            start=directive.start, end=directive.end, section=directive.section,
            field=canonical_field(doc.text[directive.start:directive.end]), cue="planned",
            entities=entities, words=_asked_words(spacy_doc, directive),
            unit=resolve_role(facts.unit, enterprises),
            co_units=tuple(resolve_role(u, enterprises) for u in facts.co_units),
            due=facts.due, task_kind=facts.task_kind))
    return items


def _report(doc: Document, items: list[Item]) -> Report:
    header = doc.header
    return Report(doc.text, doc.number, doc.place, doc.issued, doc.agency, doc.title,
                  doc.period, doc.next_period, items, list(doc.warnings),
                  kind=header.kind if header else None,
                  doc_type=header.doc_type if header else None,
                  issuer=header.issuer if header else None,
                  issuer_parent=header.issuer_parent if header else None,
                  month=header.month if header else None,
                  leader=leader_of(doc.title) if directives.applies(doc) else None,
                  cites=directives.answers(doc.text))


MAX_BLOCK_CHARS = 20_000  # a paragraph longer than ~8 pages is damage, not a task


def _item_blocks(doc: Document) -> list[Block]:
    """Paragraphs and list items of results and tasks sections: the only text tokenized.
    A paragraph over MAX_BLOCK_CHARS is left out, with a warning saying where."""
    out = []
    for block in doc.blocks:
        section = doc.section_of(block)
        if block.kind in ("item", "paragraph") and section and section.kind in ITEM_SECTIONS:
            if block.end - block.start > MAX_BLOCK_CHARS:
                doc.warnings.append(warning("long_paragraph", f"{block.end - block.start:,}",
                                            block.start))
                continue
            out.append(block)
    return out


def _items(doc: Document, block: Block, spacy_doc: Doc) -> list[Item]:
    """The block's items; `parent` is an index into the returned list (a lead-in of a
    list of tasks within the sentence, see `_task_list`)."""
    section = doc.section_of(block)
    assert section is not None
    kind = ITEM_SECTIONS[section.kind]
    cue_component = cast(StatusCues, build_nlp().get_pipe("cues"))
    heading_unit = heading_unit_of(doc, block) if kind == "commitment" else None
    year = _task_year(doc)

    def item(start_char: int, end_char: int, parts: Sequence[tuple[int, int]], verb: str,
             cues: list[Span]) -> Item:
        """The item of spacy_doc's text[start_char:end_char]."""
        cues = [c for c in cues if start_char <= c.start_char < end_char]
        start = block.content_start + start_char
        end = block.content_start + end_char
        entities = []
        seen = set()
        for e in spacy_doc.spans["entities"]:
            if start_char <= e.start_char and e.end_char <= end_char:
                key = (e.label_, e.text)
                if key not in seen:
                    seen.add(key)
                    entities.append(Entity(e.label_, collapse_spaces(e.text), e.id_))
        clauses = []
        for part_start, part_end in parts:
            part_cues = {c.label_ for c in cues if part_start <= c.start_char < part_end}
            clauses.append(Clause(block.content_start + part_start, block.content_start + part_end,
                                  _resolve_cue(kind, part_cues)))
        task = facts(doc.text[start:end], unit=heading_unit, year=year) \
            if kind == "commitment" else None
        return Item(
            kind=kind,
            text=collapse_spaces(doc.text[start:end]),
            start=start,
            end=end,
            section=section.path,
            field=section.field or canonical_field(doc.text[start:end]),
            cue=_resolve_cue(kind, {c.label_ for c in cues}),
            entities=tuple(entities),
            verb_rule=verb,
            cue_rules=tuple(c.id_ for c in cues),
            clauses=tuple(clauses),
            words=_words(spacy_doc, start_char, end_char),
            unit=task.unit if task else reporter_of(doc, block, doc.text[start:end]),
            co_units=task.co_units if task else (),
            due=task.due if task else None,
            task_kind=task.task_kind if task else None,
        )

    out: list[Item] = []
    for span in spacy_doc.spans["items"]:
        cues = [c for c in spacy_doc.spans["cues"]
                if span.start_char <= c.start_char < span.end_char
                and cue_component.applies(c.id_, section.kind)]
        categories = {c.label_ for c in cues}
        if not span._.verb and not (kind == "action" and block.kind == "item"
                                    and _verbless_result(spacy_doc, span, categories)):
            continue
        pieces = _task_list(spacy_doc.text, span.start_char, span.end_char) \
            if kind == "commitment" else None
        if pieces is None:
            out.append(item(span.start_char, span.end_char, span._.parts, span._.verb, cues))
            continue
        lead_in = len(out)
        for number, (start, end) in enumerate(pieces):
            found = item(start, end, [(start, end)], span._.verb, cues)
            out.append(replace(found, parent=lead_in) if number else found)
    return out


def _verbless_result(spacy_doc: Doc, span: Span, categories: set[str]) -> bool:
    """A list item of results that opens with no action verb still reports a result when
    it has a done cue, or says the work was done ("đã" among its first words, openers.json
    verbless_result) without naming a shortcoming."""
    if "done" in categories:
        return True
    if "not_done" in categories:
        return False
    text = spacy_doc._.matching[span.start_char:span.end_char]
    return any(rule.pattern.search(text) for rule in opener_rules().verbless_result)


def _task_list(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """A task whose colon follows the words of openers.json task_lists ("…, trong đó: A;
    B; C"), as its lead-in and its ";"-parts, each a task: [(lead-in), (A), (B), (C)];
    None for any other item."""
    colon = top_level_colon(text, start, end)
    if colon is None:
        return None
    head = for_matching(text[max(start, colon - 40):colon])
    if not any(rule.pattern.search(head) for rule in opener_rules().task_lists):
        return None
    parts = []
    depth, begin = 0, colon + 1
    for i in range(colon + 1, end + 1):
        c = text[i] if i < end else ";"
        depth += (c == "(") - (c == ")")
        if c == ";" and depth <= 0:
            s, e = begin, i
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1] in " \t\n.":
                e -= 1
            if e > s:
                parts.append((s, e))
            begin = i + 1
    return [(start, colon + 1), *parts] if len(parts) >= 2 else None


def _asked_words(spacy_doc: Doc, directive: Directive) -> tuple[str, ...]:
    """A directive's words for retrieval: those of what is asked, not of who is asked or
    by when ("Giao Sở Nội vụ …, hoàn thành trước ngày 25/5/2026")."""
    start, end = (directive.ask[0] - directive.start, directive.ask[1] - directive.start)
    if not 0 <= start < end <= len(spacy_doc.text):
        start, end = 0, len(spacy_doc.text)
    return _words(spacy_doc, start, end) or _words(spacy_doc, 0, len(spacy_doc.text))


def _words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The item's words in matching form, from what the tokenizer left in user_data
    (walking Token objects would cost more than the whole pipeline)."""
    data = doc.user_data
    if "word_lengths" not in data:
        span = doc.char_span(start, end, alignment_mode="expand")
        assert span is not None
        return tuple(t.norm_ for t in span if any(ch.isalnum() for ch in t.text))
    matching = doc._.matching
    out = []
    for position, length in zip(data["token_starts"], data["word_lengths"], strict=True):
        if start <= position < end:
            word = matching[position:position + length]
            if any(ch.isalnum() for ch in word):
                out.append(word)
    return tuple(out)


def _resolve_cue(kind: str, categories: set[str]) -> str:
    """ConText-style resolution: the section gives the default, sentence cues override."""
    if kind == "commitment":
        return "in_progress" if "in_progress" in categories else "planned"
    if "in_progress" in categories or {"done", "not_done"} <= categories:
        return "in_progress"
    if "not_done" in categories:
        return "not_done"
    return "done"
