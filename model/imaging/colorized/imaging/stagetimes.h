#pragma once
// Wall-clock seconds spent in each named stage of one run, in the order the stages ran: what
// `colorized-cli bench --pipeline` prints (README, "Performance"). The C++ standard library
// only. Not thread-safe: one run, one thread records.

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace colorized::imaging {

class StageTimes {
public:
    // Runs work() and adds its wall time to `stage` (a stage named twice accumulates).
    template <typename Work>
    decltype(auto) time(const std::string& stage, Work&& work)
    {
        const Stopwatch stopwatch(*this, stage);
        return std::forward<Work>(work)();
    }

    void add(const std::string& stage, double seconds)
    {
        for (auto& entry : entries_)
            if (entry.first == stage) {
                entry.second += seconds;
                return;
            }
        entries_.emplace_back(stage, seconds);
    }

    // Appends other's stages (accumulating those already here).
    void add(const StageTimes& other)
    {
        for (const auto& [stage, seconds] : other.entries_)
            add(stage, seconds);
    }

    const std::vector<std::pair<std::string, double>>& entries() const { return entries_; }

private:
    class Stopwatch {
    public:
        Stopwatch(StageTimes& times, const std::string& stage) : times_(times), stage_(stage) {}
        ~Stopwatch()
        {
            times_.add(stage_, std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count());
        }
        Stopwatch(const Stopwatch&) = delete;
        Stopwatch& operator=(const Stopwatch&) = delete;

    private:
        StageTimes& times_;
        const std::string& stage_;
        std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    };

    std::vector<std::pair<std::string, double>> entries_;
};

}  // namespace colorized::imaging
