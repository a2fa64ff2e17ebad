#pragma once
// Running the tcpviz binary as a user does: its output, errors and exit code.
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace tcpviz::test {


struct Result {
    int exit_code;
    std::string out;
    std::string err;
};

namespace fs = std::filesystem;

inline fs::path scratch()
{
    // One folder per test process: ctest may run several at once.
    const fs::path dir = fs::temp_directory_path() / ("tcpviz-cli-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

inline std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs tcpviz with the system locale set to `locale`: its messages follow it.
inline Result run_in_locale(const std::string& locale, const std::string& args)
{
    const fs::path err = scratch() / "stderr.txt";
    const std::string command =
        "LC_ALL=" + locale + " LANGUAGE= " + std::string(TCPVIZ_BIN) + " " + args + " 2>" + err.string();
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
    std::string out;
    std::array<char, 4096> buf{};
    while (std::size_t n = fread(buf.data(), 1, buf.size(), pipe.get()))
        out.append(buf.data(), n);
    const int status = pclose(pipe.release());
    return {WEXITSTATUS(status), out, slurp(err)};
}

inline Result run(const std::string& args)
{
    return run_in_locale("C.UTF-8", args);
}

inline std::size_t count_lines(const std::string& s)
{
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}


inline void write_file(const fs::path& p, const std::string& content)
{
    std::ofstream(p, std::ios::binary) << content;
}

} // namespace tcpviz::test
