#pragma once
// The options of a training run, defined once: `colorized-cli train` registers this table with
// CLI11 and `colorized-train` (the LibTorch-only trainer) parses it with parseTrainArguments(),
// so both take the same flags with the same defaults and help. Plain C++ (no LibTorch, no Qt).

#include "colorized/core/trainconfig.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace colorized {

struct TrainArguments {
    std::vector<std::string> data, val;   // packs (or, in colorized-cli, folders), joined in order
    std::vector<double> shares;           // each --data source's share of every batch
    std::string out, resume, base, checkpoint, log, master;
    std::string device = "cpu";
    std::string name = "colorized-custom";
    TrainConfig config;
    int64_t packSize = 72;                // side a folder's photos are packed at
    int64_t width = 32;                   // U-Net base width of a new model
    int64_t stem = 2;                     // space-to-depth factor of a new model
    bool attention = true;                // bottleneck self-attention in a new model
    int threads = 0;                      // 0 = all cores
    int worldSize = 0;                    // 0 = WORLD_SIZE or 1
    int rank = -1;                        // -1 = RANK or 0
    bool half = false;                    // float16 weights in the exported model
    std::string parametrization;          // empty = the model's (velocity for new models)
    std::string terms, note, description;
};

// One command-line option: its long name, its help, where its value goes and what it allows.
struct TrainOption {
    using Target = std::variant<std::string*, std::vector<std::string>*, std::vector<double>*, int64_t*, int*,
                                uint64_t*, double*, bool*>;
    std::string name;                     // "--data"
    std::string help;
    Target target;
    bool flag = false;                    // a bool set by the flag's presence, without a value
    bool required = false;
    bool showDefault = false;             // help shows the value the target holds before parsing
    std::vector<std::string> choices;     // the values allowed; empty = any
    std::optional<std::pair<double, double>> range;  // inclusive bounds of a number
};

// The table, bound to `args` (which must outlive it), in the order help lists the options.
std::vector<TrainOption> trainOptions(TrainArguments& args);

// A command line that does not fit the table; what() is one sentence for the user.
class TrainUsageError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

enum class TrainParse { Run, Help, Version };

// colorized-train's parser over the same table: `--name value` or `--name=value`; a list option
// takes every value up to the next option and may be repeated (as CLI11 does). Throws
// TrainUsageError for an unknown option, a missing or malformed value, a value outside its
// choices or range, or a missing required option.
TrainParse parseTrainArguments(const std::vector<std::string>& arguments, TrainArguments& args);

// Help text for `program`, generated from the table, with the defaults.
std::string trainUsage(const std::string& program);

}  // namespace colorized
