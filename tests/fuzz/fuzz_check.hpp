#pragma once
// A property a harness checks: when it fails, the input is a finding. abort() is what
// libFuzzer and the replay runner both report, with the sentence first.
#include <cstdio>
#include <cstdlib>

[[noreturn]] inline void fuzz_fail(const char* what, const char* detail = "")
{
    std::fprintf(stderr, "fuzz property failed: %s %s\n", what, detail);
    std::abort();
}

inline void fuzz_check(bool holds, const char* what)
{
    if (!holds)
        fuzz_fail(what);
}
