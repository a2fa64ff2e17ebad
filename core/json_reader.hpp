#pragma once
// Reading the project's JSON files (scenarios, lessons) strictly: every field is
// checked, and every mistake gets one sentence naming the field by its path.
#include "scenario.hpp"

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
            throw ScenarioError(where() + " must be a JSON object.");
    }
    // Call after reading every known field: anything left is a typo or from a newer format.
    void finish() const
    {
        for (const auto& [key, value] : j_.items())
            if (!seen_.count(key))
                throw ScenarioError("unknown field '" + field(key) + "'.");
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
            throw ScenarioError("field '" + field(key) + "' must be a string.");
        return v.get<std::string>();
    }
    std::string required_text(const std::string& key)
    {
        if (!has(key))
            throw ScenarioError("required field '" + field(key) + "' is missing.");
        return text(key);
    }
    bool boolean(const std::string& key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const json& v = j_.at(key);
        if (!v.is_boolean())
            throw ScenarioError("field '" + field(key) + "' must be true or false.");
        return v.get<bool>();
    }
    double number(const std::string& key, double fallback, double min, double max)
    {
        if (!has(key))
            return fallback;
        const json& v = j_.at(key);
        if (!v.is_number())
            throw ScenarioError("field '" + field(key) + "' must be a number.");
        const double d = v.get<double>();
        if (!(d >= min && d <= max))
            throw ScenarioError("field '" + field(key) + "' must be between " + format(min) + " and " + format(max) + ".");
        return d;
    }
    std::uint64_t integer(const std::string& key, std::uint64_t fallback, std::uint64_t max)
    {
        if (!has(key))
            return fallback;
        const json& v = j_.at(key);
        if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0))
            throw ScenarioError("field '" + field(key) + "' must be a whole number of at least 0.");
        const auto n = v.get<std::uint64_t>();
        if (n > max)
            throw ScenarioError("field '" + field(key) + "' must be at most " + std::to_string(max) + ".");
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
            throw ScenarioError("field '" + field(key) + "' must be one of " + allowed + ".");
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
    std::string where() const { return path_.empty() ? "the scenario" : "field '" + path_ + "'"; }

    const json& j_;
    std::string path_;
    std::set<std::string> seen_;
};

// Parses `text` or throws one sentence naming what it is ("scenario", "lesson").
json parse_json(const std::string& text, const char* what);
// The fields of a scenario, from the top-level object of a scenario or lesson file;
// the caller finishes the reader.
Scenario read_scenario_object(ObjectReader& r);
std::string read_text_file(const std::string& path, const char* what);

} // namespace tcpviz
