#pragma once
// Enum <-> stable name, from one table per enum. The stable name is what model files, the
// command line, settings and provenance store, so it never changes once released; the table is
// the only place that pairs it with its value. A table is an array of entries with at least
// `value` (the enum) and `name` (const char*). No LibTorch, no Qt.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace colorized {

template <typename Entry, std::size_t N>
const Entry& entryFor(const Entry (&table)[N], decltype(Entry::value) value)
{
    for (const Entry& entry : table)
        if (entry.value == value)
            return entry;
    throw std::logic_error("An enum value is missing from its name table.");
}

// Null when no entry has this name (names are compared exactly).
template <typename Entry, std::size_t N>
const Entry* findNamed(const Entry (&table)[N], const std::string& name)
{
    for (const Entry& entry : table)
        if (name == entry.name)
            return &entry;
    return nullptr;
}

template <typename Entry, std::size_t N>
std::vector<std::string> namesOf(const Entry (&table)[N])
{
    std::vector<std::string> names;
    for (const Entry& entry : table)
        names.emplace_back(entry.name);
    return names;
}

// "a, b or c": the valid names, for messages and help texts.
template <typename Entry, std::size_t N>
std::string namesInProse(const Entry (&table)[N])
{
    std::string text;
    for (std::size_t i = 0; i < N; ++i)
        text += (i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(table[i].name);
    return text;
}

// The value named `name`; otherwise std::invalid_argument with one sentence naming the valid
// ones. `what` names the kind of thing, e.g. "sampler".
template <typename Entry, std::size_t N>
decltype(Entry::value) valueNamed(const Entry (&table)[N], const std::string& name, const char* what)
{
    if (const Entry* entry = findNamed(table, name))
        return entry->value;
    throw std::invalid_argument("Unknown " + std::string(what) + " \"" + name + "\" (expected "
                                + namesInProse(table) + ").");
}

}  // namespace colorized
