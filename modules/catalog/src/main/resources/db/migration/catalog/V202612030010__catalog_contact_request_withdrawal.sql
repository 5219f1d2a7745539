-- A unit may withdraw a grant: the journalist stops seeing the contact from then on. The grant's answer stays as it
-- was given; the withdrawal is recorded beside it and on the trail.
ALTER TABLE catalog.contact_request DROP CONSTRAINT contact_request_status_check;
ALTER TABLE catalog.contact_request
    ADD CONSTRAINT contact_request_status_check CHECK (status IN ('PENDING', 'GRANTED', 'REFUSED', 'WITHDRAWN'));
ALTER TABLE catalog.contact_request
    ADD COLUMN withdrawn_by      uuid,
    ADD COLUMN withdrawn_by_name varchar(200),
    ADD COLUMN withdrawal_note   text,
    ADD COLUMN withdrawn_at      timestamptz,
    ADD CONSTRAINT contact_request_withdrawn_check CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL));

ALTER TABLE catalog.contact_request_event DROP CONSTRAINT contact_request_event_action_check;
ALTER TABLE catalog.contact_request_event
    ADD CONSTRAINT contact_request_event_action_check
        CHECK (action IN ('REQUESTED', 'GRANTED', 'REFUSED', 'WITHDRAWN'));

-- The model page asks for one journalist's latest request on one model.
CREATE INDEX contact_request_model_journalist_idx
    ON catalog.contact_request (model_id, journalist_id, requested_at DESC);
-- The unit's list of grants it may withdraw.
CREATE INDEX contact_request_granted_idx ON catalog.contact_request (answered_at) WHERE status = 'GRANTED';
