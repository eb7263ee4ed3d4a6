// Model-wide suppressions, each with the reason it is safe.
$version: "2"

metadata suppressions = [
    {
        id: "MemberShouldReferenceResource"
        namespace: "*"
        reason: """
            Every TMF entity and reference names its identifier `id`, as the TM Forum specifications do; \
            the heuristic then matches every resource of every API. The APIs link entities through \
            `href`, not Smithy `@references`."""
    }
]
