#pragma once
// Reading the project's JSON files (scenarios, lessons) strictly: every field is
// checked, and every mistake gets one sentence naming the field by its path.
#include "scenario/scenario.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>
#include <sstream>
#include <string>

namespace tcpviz {

using nlohmann::json;

// Reads one JSON object, remembering its path for error messages and rejecting
// fields it was never asked about.
class ObjectReader {
public:
    ObjectReader(const json& j, std::string path) : j_(j), path_(std::move(path))
    {
        if (!j.is_object())
            throw ScenarioError(
                path_.empty() ? Message(TCPVIZ_TRANSLATE_NOOP("core", "the scenario must be a JSON object."))
                              : Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be a JSON object."), {path_}));
    }
    // Call after reading every known field: anything left is a typo or from a newer format.
    void finish() const
    {
        for (const auto& [key, value] : j_.items())
            if (!seen_.count(key))
                throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "unknown field '%1'."), {field(key)}));
    }
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    bool has(const std::string& key)
    {
        seen_.insert(key);
        return j_.contains(key);
    }
    std::string field(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

    std::string text(const std::string& key, const std::string& fallback = {})
    {
        if (!has(key))
            return fallback;
        const json& v = j_.at(key);
        if (!v.is_string())
            throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be a string."), {field(key)}));
        return v.get<std::string>();
    }
    std::string required_text(const std::string& key)
    {
        if (!has(key))
            throw ScenarioError(
                Message(TCPVIZ_TRANSLATE_NOOP("core", "required field '%1' is missing."), {field(key)}));
        return text(key);
    }
    bool boolean(const std::string& key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const json& v = j_.at(key);
        if (!v.is_boolean())
            throw ScenarioError(
                Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be true or false."), {field(key)}));
        return v.get<bool>();
    }
    double number(const std::string& key, double fallback, double min, double max)
    {
        if (!has(key))
            return fallback;
        const json& v = j_.at(key);
        if (!v.is_number())
            throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be a number."), {field(key)}));
        const double d = v.get<double>();
        if (!(d >= min && d <= max))
            throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be between %2 and %3."),
                                        {field(key), format(min), format(max)}));
        return d;
    }
    std::uint64_t integer(const std::string& key, std::uint64_t fallback, std::uint64_t max)
    {
        if (!has(key))
            return fallback;
        const json& v = j_.at(key);
        if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0))
            throw ScenarioError(Message(
                TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be a whole number of at least 0."), {field(key)}));
        const auto n = v.get<std::uint64_t>();
        if (n > max)
            throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be at most %2."),
                                        {field(key), std::to_string(max)}));
        return n;
    }
    std::int64_t milliseconds(const std::string& key, std::int64_t fallback_ns)
    {
        if (!has(key))
            return fallback_ns;
        return std::llround(number(key, 0, 0, 1e9) * double(kMillisecond));
    }
    template <typename Enum, typename Parse>
    Enum choice(const std::string& key, Enum fallback, Parse parse, const char* allowed)
    {
        if (!has(key))
            return fallback;
        Enum out{};
        if (!parse(text(key), out))
            throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be one of %2."),
                                        {field(key), std::string(allowed)}));
        return out;
    }
    const json& child(const std::string& key) { return j_.at(key); }

private:
    static std::string format(double d)
    {
        std::ostringstream s;
        s << d;
        return s.str();
    }

    const json& j_;
    std::string path_;
    std::set<std::string> seen_;
};

// Parses `text`, or throws `invalid` (a template with %1 for the byte where it failed).
json parse_json(const std::string& text, const char* invalid);
// The fields of a scenario, from the top-level object of a scenario or lesson file;
// the caller finishes the reader.
Scenario read_scenario_object(ObjectReader& r);
// The file's bytes, or throws `unreadable` (a template with %1 for the path).
std::string read_text_file(const std::string& path, const char* unreadable);
// Reads the file at `path` and parses its text with `parse`; a failure to parse names
// the file with `within`, a template with %1 for the path and %2 for what went wrong.
template <typename Parse>
auto parse_file(const std::string& path, const char* unreadable, const char* within, Parse parse)
{
    const std::string text = read_text_file(path, unreadable);
    try {
        return parse(text);
    } catch (const ScenarioError& e) {
        throw ScenarioError(Message(within, {path, e.message()}));
    }
}

} // namespace tcpviz
