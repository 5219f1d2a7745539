-- When the check of a completing upload began; NULL while nobody is checking it. A check cut off by a restart or a
-- storage failure is taken up again by the next completion instead of answering "being checked" for a day.
ALTER TABLE media.upload ADD COLUMN checking_since timestamptz;
