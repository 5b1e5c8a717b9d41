"""Where a past told in a message stops short of its sentence's end (split from
message_thread, which sets the past aside): "please ignore my previous mail, POD should be
Tema" sets aside only the mail it names; "in my previous mail I wrote 12/01 by mistake, the
correct date is 12/12" ends where the right one is said."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast

# "the correct ready date is …", "the right POD is …": the correction said in the past's sentence.
RIGHT_ONE = compile_fast(
    r"(?<![a-z])(?:the\s+)?(?:correct|corrected|right)\s+(?=[a-z ]{0,20}is)", re.I
)
# "ignore my previous mail,": a mail set aside by name, the new request after the comma.
SET_ASIDE_THEN = compile_fast(
    r"(?:disregard|ignore|forget)\s[^,，:：\n(（]{0,40}?(?:e-?mail|mail|message)\s*[,，:：]", re.I
)
