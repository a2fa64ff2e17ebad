#pragma once
// What a file given to tcpviz holds, told from its contents rather than its name (a file
// manager passes whatever the user double-clicked): a capture, a lesson or a scenario.
#include <string>

namespace tcpviz {

enum class FileKind { Capture, Lesson, Scenario };

// A capture starts with a pcap or pcapng magic number; a lesson is a JSON object with a
// "lesson" member; anything else is taken for a scenario, whose reader then names what
// is wrong with it. A file that cannot be read is a scenario too, for the same reason.
FileKind file_kind(const std::string& path);

} // namespace tcpviz
