-- The audit chain lives in the database: appending an event is one statement, and the chain lock is
-- held only for that statement's lifetime (not across client round trips). Functions are not part of
-- schema.prisma, so the drift check ignores them.

-- The hash of one event: its fields and the previous event's hash. Timestamps as epoch milliseconds,
-- meta as PostgreSQL's canonical jsonb text, so the same row always hashes the same.
CREATE OR REPLACE FUNCTION sajam_audit_hash(prev text, at timestamp, actor uuid, action text, object_type text, object_id text, meta jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\n',
    prev, floor(extract(epoch FROM at) * 1000)::bigint::text, coalesce(actor::text, ''), action, object_type, coalesce(object_id, ''), coalesce(meta::text, '')
  ), 'UTF8')), 'hex')
$$;

-- Appends one event after the current last one. VOLATILE plpgsql: each statement inside takes a fresh
-- snapshot, so after the lock it sees the event committed just before it.
CREATE OR REPLACE FUNCTION sajam_audit_append(p_actor uuid, p_action text, p_object_type text, p_object_id text, p_meta jsonb)
RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  prev text;
  ts timestamp(3) := (clock_timestamp() AT TIME ZONE 'UTC')::timestamp(3);
  new_id bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(1396787777);
  SELECT hash INTO prev FROM "AuditEvent" ORDER BY id DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  INSERT INTO "AuditEvent" (at, "actorId", action, "objectType", "objectId", meta, "prevHash", hash)
  VALUES (ts, p_actor, p_action, p_object_type, p_object_id, p_meta, prev, sajam_audit_hash(prev, ts, p_actor, p_action, p_object_type, p_object_id, p_meta))
  RETURNING id INTO new_id;
  RETURN new_id;
END
$$;
