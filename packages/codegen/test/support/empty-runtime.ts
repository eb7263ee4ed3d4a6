// A runtime entry that exports nothing: generation against it must fail the type check.
export {};
