// Runs a fuzz harness over files, without libFuzzer: each argument is a file or a
// folder of them (the seed corpus, the regressions of crashes once found). The normal
// test run uses it, built by the normal compiler, so every saved input stays checked.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

static void replay(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

int main(int argc, char** argv)
{
    std::size_t inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg = argv[i];
        if (fs::is_directory(arg)) {
            for (const auto& entry : fs::directory_iterator(arg))
                if (entry.is_regular_file()) {
                    replay(entry.path());
                    ++inputs;
                }
        } else if (fs::is_regular_file(arg)) {
            replay(arg);
            ++inputs;
        }
    }
    std::printf("%zu inputs replayed\n", inputs);
    // A folder that lost its files would otherwise pass while checking nothing.
    return inputs > 0 ? 0 : 1;
}
