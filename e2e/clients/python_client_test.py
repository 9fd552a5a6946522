#!/usr/bin/python3
"""Drive the embedded cluster with the Python `kubernetes` dynamic client.

Usage: /usr/bin/python3 e2e/clients/python_client_test.py http://127.0.0.1:PORT

Prints one `ok - python: ...` / `not ok - python: ...` line per check (details on
`#` lines) and exits 1 when a check failed. scripts/test-clients.mjs counts the lines.
Run it with TMPDIR pointing at a fresh directory: the client caches discovery there.
"""
import sys
import threading
import time
import traceback

from kubernetes import client as k8s_client
from kubernetes.dynamic import DynamicClient
from kubernetes.dynamic.exceptions import (
    ConflictError,
    NotFoundError,
    UnprocessibleEntityError,
)

NAMESPACE = "demo"
NAME = "python-client-stream"
LABEL_KEY = "clients-test"
LABEL_VALUE = "python-%d" % int(time.time() * 1000)
# The watch must end on its own: the Python watch has no client-side timeout.
WATCH_SECONDS = 4
WATCH_GUARD_SECONDS = WATCH_SECONDS + 6

results = {"failed": 0}


def check(title, fn):
    try:
        detail = fn()
    except AssertionError as err:
        results["failed"] += 1
        print("not ok - python: %s" % title)
        for line in str(err).splitlines()[:20]:
            print("#   " + line)
    except Exception as err:  # a failing check must not stop the others
        results["failed"] += 1
        print("not ok - python: %s" % title)
        for line in ("%s: %s" % (type(err).__name__, err)).splitlines()[:20]:
            print("#   " + line)
        for line in traceback.format_exc().splitlines()[-6:]:
            print("#   " + line)
    else:
        print("ok - python: %s%s" % (title, " (%s)" % detail if detail else ""))
    sys.stdout.flush()


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


def stream_body(name, labels=None, tags=None):
    return {
        "apiVersion": "image.openshift.io/v1",
        "kind": "ImageStream",
        "metadata": {"name": name, "namespace": NAMESPACE, "labels": labels or {}},
        "spec": {"lookupPolicy": {"local": False}, "tags": tags},
    }


def run_guarded(fn, seconds):
    """Run fn in a thread; fail instead of hanging when it does not return in time."""
    box = {}

    def target():
        try:
            box["value"] = fn()
        except Exception as err:
            box["error"] = err

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise AssertionError("did not return within %ss (watch stream not closed by the server?)" % seconds)
    if "error" in box:
        raise box["error"]
    return box.get("value")


def main(url):
    config = k8s_client.Configuration()
    config.host = url
    dyn = {}
    state = {}

    def discover():
        dyn["client"] = DynamicClient(k8s_client.ApiClient(configuration=config))
        dyn["is"] = dyn["client"].resources.get(api_version="image.openshift.io/v1", kind="ImageStream")
        res = dyn["is"]
        expect(res.name == "imagestreams", "resource name %r" % res.name)
        expect(res.namespaced, "ImageStream must be namespaced")
        return "imagestreams, namespaced, verbs=%s" % ",".join(res.verbs or [])

    check("discovery finds image.openshift.io/v1 ImageStream", discover)
    if "is" not in dyn:
        return
    streams = dyn["is"]

    def create():
        tags = [{
            "name": "latest",
            "from": {"kind": "DockerImage", "name": "quay.io/example/app:latest"},
            "importPolicy": {},
            "referencePolicy": {"type": "Source"},
        }]
        created = streams.create(body=stream_body(NAME, {LABEL_KEY: LABEL_VALUE}, tags), namespace=NAMESPACE)
        expect(created.kind == "ImageStream", "kind %r" % created.kind)
        expect(created.metadata.name == NAME, "name %r" % created.metadata.name)
        expect(created.metadata.resourceVersion, "no metadata.resourceVersion")
        state["rv"] = created.metadata.resourceVersion
        return "resourceVersion %s" % state["rv"]

    check("create", create)

    def create_tags_null():
        created = streams.create(body=stream_body(NAME + "-null-tags"), namespace=NAMESPACE)
        expect(created.metadata.name == NAME + "-null-tags", "unexpected object")
        streams.delete(name=NAME + "-null-tags", namespace=NAMESPACE)

    check('create with "tags": null (what the Python ImageStream class sends)', create_tags_null)

    def create_duplicate():
        try:
            streams.create(body=stream_body(NAME), namespace=NAMESPACE)
        except ConflictError as err:
            expect("AlreadyExists" in str(err.body), "reason is not AlreadyExists: %s" % err.body)
            return "409 AlreadyExists"
        raise AssertionError("second create succeeded")

    check("create a duplicate -> 409 AlreadyExists", create_duplicate)

    def create_invalid():
        try:
            streams.create(body=stream_body("Not_Valid"), namespace=NAMESPACE)
        except UnprocessibleEntityError:
            return "422"
        raise AssertionError("invalid name accepted")

    check("create with an invalid name -> 422", create_invalid)

    def create_dry_run():
        streams.create(body=stream_body(NAME + "-dry"), namespace=NAMESPACE, dry_run="All")
        try:
            streams.get(name=NAME + "-dry", namespace=NAMESPACE)
        except NotFoundError:
            return
        raise AssertionError("dryRun=All persisted the object")

    check("create with dryRun=All persists nothing", create_dry_run)

    def get():
        obj = streams.get(name=NAME, namespace=NAMESPACE)
        expect(obj.kind == "ImageStream", "kind %r" % obj.kind)
        expect(obj.apiVersion == "image.openshift.io/v1", "apiVersion %r" % obj.apiVersion)
        expect(obj.metadata.labels[LABEL_KEY] == LABEL_VALUE, "label missing")
        tags = obj.spec.tags or []
        expect([t.name for t in tags] == ["latest"], "spec.tags %r" % [t.name for t in tags])
        expect(obj.status.dockerImageRepository, "status.dockerImageRepository empty")
        return obj.status.dockerImageRepository

    check("get", get)

    def get_missing():
        try:
            streams.get(name="does-not-exist", namespace=NAMESPACE)
        except NotFoundError:
            return "404"
        raise AssertionError("got an object")

    check("get a missing stream -> 404 NotFoundError", get_missing)

    def list_by_label():
        found = streams.get(namespace=NAMESPACE, label_selector="%s=%s" % (LABEL_KEY, LABEL_VALUE))
        expect(found.kind == "ImageStreamList", "kind %r" % found.kind)
        expect(found.metadata.resourceVersion, "list has no metadata.resourceVersion")
        names = [item.metadata.name for item in found.items]
        expect(names == [NAME], "items %r" % names)
        return "1 item"

    check("list with a label selector", list_by_label)

    def list_all_namespaces():
        found = streams.get()
        namespaces = sorted({item.metadata.namespace for item in found.items})
        expect(len(namespaces) >= 3, "namespaces %r" % namespaces)
        expect(NAME in [item.metadata.name for item in found.items], "created stream not listed")
        return "%d items in %s" % (len(found.items), ",".join(namespaces))

    check("list in all namespaces", list_all_namespaces)

    def watch():
        expect("rv" in state, "create failed, nothing to watch")

        def change_later():
            time.sleep(0.5)
            streams.patch(
                name=NAME, namespace=NAMESPACE,
                body={"metadata": {"labels": {"watched": "yes"}}},
                content_type="application/merge-patch+json",
            )

        def consume():
            seen = []
            for event in streams.watch(
                namespace=NAMESPACE,
                field_selector="metadata.name==%s" % NAME,
                resource_version=state["rv"],
                timeout=WATCH_SECONDS,
            ):
                obj = event["raw_object"]
                seen.append(event["type"])
                meta = obj.get("metadata") or {}
                expect(
                    meta.get("name") == NAME and meta.get("namespace") == NAMESPACE,
                    "%s event for %s/%s, outside the field selector metadata.name==%s (seen before: %r)"
                    % (event["type"], meta.get("namespace"), meta.get("name"), NAME, seen[:-1]),
                )
                if event["type"] == "MODIFIED" and (obj["metadata"].get("labels") or {}).get("watched") == "yes":
                    return seen
            raise AssertionError("no MODIFIED event with the change; saw %r" % seen)

        changer = threading.Thread(target=change_later, daemon=True)
        changer.start()
        seen = run_guarded(consume, WATCH_GUARD_SECONDS)
        return "events %s" % ",".join(seen)

    check("watch with a field selector sees a change", watch)

    def watch_times_out():
        def consume():
            started = time.time()
            events = list(streams.watch(namespace=NAMESPACE, field_selector="metadata.name==nothing-here", timeout=1))
            return events, time.time() - started

        events, took = run_guarded(consume, 8)
        expect(not events, "unexpected events %r" % [e["type"] for e in events])
        return "closed after %.1fs" % took

    check("watch stream closes at timeoutSeconds", watch_times_out)

    def merge_patch():
        patched = streams.patch(
            name=NAME, namespace=NAMESPACE,
            body={"metadata": {"annotations": {"note": "patched"}}},
            content_type="application/merge-patch+json",
        )
        expect(patched.metadata.annotations["note"] == "patched", "annotation missing")

    check("merge patch (ImageStream.update)", merge_patch)

    def replace_current():
        obj = streams.get(name=NAME, namespace=NAMESPACE).to_dict()
        obj["metadata"]["labels"]["replaced"] = "yes"
        replaced = streams.replace(body=obj, namespace=NAMESPACE)
        expect(replaced.metadata.labels["replaced"] == "yes", "label not replaced")
        expect(replaced.metadata.resourceVersion != obj["metadata"]["resourceVersion"], "resourceVersion unchanged")

    check("replace with the current resourceVersion", replace_current)

    def replace_stale():
        stale = streams.get(name=NAME, namespace=NAMESPACE).to_dict()
        streams.patch(
            name=NAME, namespace=NAMESPACE,
            body={"metadata": {"annotations": {"moved": "on"}}},
            content_type="application/merge-patch+json",
        )
        stale["metadata"]["labels"]["stale"] = "yes"
        try:
            streams.replace(body=stale, namespace=NAMESPACE)
        except ConflictError as err:
            expect("Conflict" in str(err.body), "reason is not Conflict: %s" % err.body)
            return "409 Conflict"
        raise AssertionError("stale replace succeeded")

    check("replace with a stale resourceVersion -> 409 ConflictError", replace_stale)

    def delete():
        deleted = streams.delete(name=NAME, namespace=NAMESPACE)
        expect(deleted is not None, "empty delete response")
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                streams.get(name=NAME, namespace=NAMESPACE)
            except NotFoundError:
                return "404 afterwards"
            time.sleep(0.2)
        raise AssertionError("still there 10s after DELETE")

    check("delete, then get -> 404", delete)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: %s SERVER_URL\n" % sys.argv[0])
        sys.exit(2)
    try:
        main(sys.argv[1].rstrip("/"))
    except Exception:
        results["failed"] += 1
        print("not ok - python: client test crashed")
        for line in traceback.format_exc().splitlines():
            print("#   " + line)
    sys.exit(1 if results["failed"] else 0)
