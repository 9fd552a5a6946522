// Test data: the ImageStream(...) calls of reference/python-wrapper-imagestream.md, verbatim.

export const DIGEST_A = `sha256:${'ab12'.repeat(16)}`;

export const pythonExamples: Record<string, string> = {
  basic: `image_stream = ImageStream(
    name="my-app",
    namespace="default",
    lookup_policy=True
)`,
  externalImage: `image_stream = ImageStream(
    name="nginx",
    namespace="default",
    lookup_policy=True,
    tags=[
        {
            "name": "latest",
            "from": {
                "kind": "DockerImage",
                "name": "docker.io/library/nginx:latest"
            },
            "importPolicy": {
                "scheduled": True  # Periodically check for updates
            },
            "referencePolicy": {
                "type": "Local"  # Store image in internal registry
            }
        }
    ]
)`,
  multipleTags: `image_stream = ImageStream(
    name="python-app",
    namespace="default",
    lookup_policy=True,
    tags=[
        {
            "name": "3.9",
            "from": {
                "kind": "DockerImage",
                "name": "registry.access.redhat.com/ubi8/python-39:latest"
            }
        },
        {
            "name": "3.11",
            "from": {
                "kind": "DockerImage",
                "name": "registry.access.redhat.com/ubi9/python-311:latest"
            }
        },
        {
            "name": "latest",
            "from": {
                "kind": "ImageStreamTag",
                "name": "python-app:3.11"  # Point to another tag
            }
        }
    ]
)`,
  buildOutput: `image_stream = ImageStream(
    name="my-build-output",
    namespace="default",
    lookup_policy=True,
    tags=[
        {
            "name": "latest",
            "annotations": {
                "description": "Latest build of my application"
            }
        }
    ]
)`,
  scheduledImport: `image_stream = ImageStream(
    name="auto-updated",
    namespace="default",
    lookup_policy=True,
    tags=[
        {
            "name": "latest",
            "from": {
                "kind": "DockerImage",
                "name": "quay.io/example/app:latest"
            },
            "importPolicy": {
                "scheduled": True,  # Enable periodic import
                "insecure": False   # Require TLS verification
            },
            "referencePolicy": {
                "type": "Local"     # Import to internal registry
            }
        }
    ]
)`,
  contextManager: `with ImageStream(
    name="temp-images",
    namespace="default",
    lookup_policy=True
)`,
  mirroring: `ImageStream(
    name="mirrored-image",
    namespace="default",
    tags=[
        {
            "name": "v1.0",
            "from": {
                "kind": "DockerImage",
                "name": "external-registry.com/app:v1.0"
            },
            "referencePolicy": {"type": "Local"},
            "importPolicy": {"scheduled": True}
        }
    ]
)`,
  // The "Tag Configuration" and "Image Reference Types" fragments, each in a stream of its own.
  tagConfiguration: `image_stream = ImageStream(
    name="tag-configuration",
    namespace="default",
    tags=[
        {
            "name": "prod",
            "annotations": {
                "description": "Production-ready image",
                "version": "1.0.0",
                "supports": "Python 3.9"
            },
            "from": {
                "kind": "DockerImage",
                "name": "registry.example.com/org/image:tag"
            },
            "importPolicy": {
                "scheduled": True,    # Periodically re-import image
                "insecure": False     # Require TLS for registry
            },
            "referencePolicy": {
                "type": "Local"  # Options: "Local" or "Source"
            }
        }
    ]
)`,
  referenceTypes: `image_stream = ImageStream(
    name="reference-types",
    namespace="default",
    tags=[
        {
            "name": "docker",
            "from": {
                "kind": "DockerImage",
                "name": "registry.example.com/org/image:tag"
            }
        },
        {
            "name": "stream-tag",
            "from": {
                "kind": "ImageStreamTag",
                "name": "another-stream:tag",
                "namespace": "other-namespace"  # Optional
            }
        },
        {
            "name": "stream-image",
            "from": {
                "kind": "ImageStreamImage",
                "name": "my-app@${DIGEST_A}"
            }
        }
    ]
)`,
};
