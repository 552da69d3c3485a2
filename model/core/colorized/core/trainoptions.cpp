#include "colorized/core/trainoptions.h"

#include "colorized/core/schedule.h"

#include <algorithm>
#include <iomanip>
#include <sstream>
#include <type_traits>

namespace colorized {

std::vector<TrainOption> trainOptions(TrainArguments& args)
{
    auto& c = args.config;
    const auto option = [](std::string name, std::string help, TrainOption::Target target) {
        TrainOption o;
        o.name = std::move(name);
        o.help = std::move(help);
        o.target = target;
        return o;
    };
    const auto required = [](TrainOption o) {
        o.required = true;
        return o;
    };
    const auto flag = [](TrainOption o) {
        o.flag = true;
        return o;
    };
    const auto withDefault = [](TrainOption o) {
        o.showDefault = true;
        return o;
    };
    auto parametrization = option("--parametrization", "What the network predicts: velocity (default for new models) or epsilon",
                                  &args.parametrization);
    parametrization.choices = parametrizationNames();
    auto stem = withDefault(option("--stem", "Space-to-depth factor of a new model (1 = the seed U-Net at full resolution)",
                                   &args.stem));
    stem.range = std::make_pair(1.0, 4.0);
    auto cooldown = withDefault(
        option("--cooldown", "Final steps over which the rate falls linearly to zero (0 = constant rate)", &c.cooldownSteps));
    cooldown.range = std::make_pair(0.0, 1e9);
    auto unconditional = withDefault(option(
        "--unconditional",
        "Share of samples trained without the photo and hints, for classifier-free guidance (0 = none)",
        &c.unconditionalProbability));
    unconditional.range = std::make_pair(0.0, 1.0);

    return {
        required(option("--data", "Training images: packs from `colorized-cli pack`, or with colorized-cli also folders "
                                  "(see README for layouts); repeat to join sources",
                        &args.data)),
        option("--share", "Each --data source's share of every batch, in the same order (default: by size)", &args.shares),
        option("--val", "Held-out images (packs, or folders with colorized-cli); default: 10% of the one --data folder "
                        "held out",
               &args.val),
        required(option("--out", "Model file to write (.safetensors)", &args.out)),
        option("--resume", "Checkpoint to resume exactly", &args.resume),
        option("--base", "Model to fine-tune (never modified)", &args.base),
        option("--checkpoint", "Checkpoint path (default: OUT.ckpt)", &args.checkpoint),
        option("--log", "Append step,loss,val_loss,img/s lines to this CSV file", &args.log),
        option("--name", "Name stored in the model file", &args.name),
        option("--terms", "License terms of the training data, stored in the model file", &args.terms),
        option("--description", "What the model is, for archivists: shown in Settings and the model manager",
               &args.description),
        option("--note", "Free text about the run, stored in the model's provenance", &args.note),
        flag(option("--half", "Store the weights in float16 (half the file size)", &args.half)),
        parametrization,
        withDefault(option("--steps", "Optimisation steps", &c.steps)),
        withDefault(option("--batch", "Global batch size", &c.batchSize)),
        withDefault(option("--lr", "Peak learning rate", &c.learningRate)),
        withDefault(option("--warmup", "Linear warm-up steps", &c.warmupSteps)),
        cooldown,
        unconditional,
        withDefault(option("--resolution", "Training crop side in pixels (multiple of 8)", &c.crop)),
        withDefault(option("--pack-size", "Side images are scaled and center-cropped to when a folder is given",
                           &args.packSize)),
        withDefault(option("--width", "U-Net base width for a new model", &args.width)),
        stem,
        withDefault(option("--attention", "Self-attention at the lowest resolution of a new model", &args.attention)),
        withDefault(option("--ema", "EMA decay", &c.emaDecay)),
        withDefault(option("--validate-every", "Steps between validations", &c.validateEvery)),
        withDefault(option("--checkpoint-every", "Steps between checkpoints", &c.checkpointEvery)),
        withDefault(option("--seed", "Random seed", &c.seed)),
        flag(option("--bf16", "CPU bf16 autocast where the processor has native bfloat16, GroupNorm in fp32 (elsewhere a "
                              "warning, and fp32)",
                    &c.bf16)),
        withDefault(option("--device", "cpu or cuda", &args.device)),
        withDefault(option("--threads", "Intra-op threads (0 = all cores)", &args.threads)),
        option("--world-size", "Data-parallel processes (or WORLD_SIZE)", &args.worldSize),
        option("--rank", "This process's rank (or RANK)", &args.rank),
        option("--master", "Rank 0's ADDRESS:PORT (or MASTER_ADDR/MASTER_PORT)", &args.master),
    };
}

namespace {

// The value of a single-number option, whatever its type; nothing for lists, text and flags.
std::optional<double> numberIn(const TrainOption::Target& target)
{
    if (const auto* integer = std::get_if<int64_t*>(&target))
        return double(**integer);
    if (const auto* small = std::get_if<int*>(&target))
        return double(**small);
    if (const auto* number = std::get_if<double*>(&target))
        return **number;
    return std::nullopt;
}

std::string formatBound(double bound)
{
    std::ostringstream text;
    text << std::setprecision(15) << bound;
    return text.str();
}

bool startsOption(const std::string& token)
{
    return token.size() > 2 && token.compare(0, 2, "--") == 0;
}

template <typename Number>
Number parseNumber(const std::string& text, const std::string& name)
{
    try {
        std::size_t used = 0;
        Number value{};
        if constexpr (std::is_floating_point_v<Number>)
            value = static_cast<Number>(std::stod(text, &used));
        else if constexpr (std::is_unsigned_v<Number>) {
            if (text.find('-') != std::string::npos)   // stoull would wrap it around
                throw std::invalid_argument(text);
            value = static_cast<Number>(std::stoull(text, &used));
        } else
            value = static_cast<Number>(std::stoll(text, &used));
        if (used == text.size())
            return value;
    } catch (const std::exception&) {
    }
    throw TrainUsageError(name + " expects a number, not \"" + text + "\".");
}

bool parseBool(const std::string& text, const std::string& name)
{
    static const std::pair<const char*, bool> kWords[] = {{"true", true}, {"1", true}, {"yes", true}, {"on", true},
                                                          {"false", false}, {"0", false}, {"no", false}, {"off", false}};
    for (const auto& [word, value] : kWords)
        if (text == word)
            return value;
    throw TrainUsageError(name + " expects true or false, not \"" + text + "\".");
}

void assign(const TrainOption& option, const std::string& text)
{
    if (!option.choices.empty()
        && std::find(option.choices.begin(), option.choices.end(), text) == option.choices.end()) {
        std::string allowed;
        for (const auto& choice : option.choices)
            allowed += (allowed.empty() ? "" : ", ") + choice;
        throw TrainUsageError(option.name + " must be one of " + allowed + ", not \"" + text + "\".");
    }
    std::visit(
        [&](auto* target) {
            using T = std::remove_pointer_t<decltype(target)>;
            if constexpr (std::is_same_v<T, std::string>)
                *target = text;
            else if constexpr (std::is_same_v<T, std::vector<std::string>>)
                target->push_back(text);
            else if constexpr (std::is_same_v<T, std::vector<double>>)
                target->push_back(parseNumber<double>(text, option.name));
            else if constexpr (std::is_same_v<T, bool>)
                *target = parseBool(text, option.name);
            else
                *target = parseNumber<T>(text, option.name);
        },
        option.target);
    if (option.range) {
        const std::optional<double> value = numberIn(option.target);
        if (value && (*value < option.range->first || *value > option.range->second))
            throw TrainUsageError(option.name + " must be between " + formatBound(option.range->first) + " and "
                                  + formatBound(option.range->second) + ".");
    }
}

bool isList(const TrainOption& option)
{
    return std::holds_alternative<std::vector<std::string>*>(option.target)
        || std::holds_alternative<std::vector<double>*>(option.target);
}

std::string currentValue(const TrainOption& option)
{
    return std::visit(
        [](auto* target) -> std::string {
            using T = std::remove_pointer_t<decltype(target)>;
            if constexpr (std::is_same_v<T, std::string>)
                return *target;
            else if constexpr (std::is_same_v<T, bool>)
                return *target ? "true" : "false";
            else if constexpr (std::is_arithmetic_v<T>) {
                std::ostringstream text;
                text << *target;
                return text.str();
            } else
                return {};
        },
        option.target);
}

}  // namespace

TrainParse parseTrainArguments(const std::vector<std::string>& arguments, TrainArguments& args)
{
    const auto options = trainOptions(args);
    std::vector<bool> seen(options.size(), false);
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& token = arguments[i];
        if (token == "--help" || token == "-h")
            return TrainParse::Help;
        if (token == "--version")
            return TrainParse::Version;
        if (!startsOption(token))
            throw TrainUsageError("Unexpected argument \"" + token + "\"; options start with --.");
        const auto equals = token.find('=');
        const std::string name = token.substr(0, equals);
        const auto found = std::find_if(options.begin(), options.end(),
                                        [&](const TrainOption& o) { return o.name == name; });
        if (found == options.end())
            throw TrainUsageError("Unknown option " + name + " (see --help).");
        const TrainOption& option = *found;
        seen[std::size_t(found - options.begin())] = true;
        if (equals != std::string::npos) {
            assign(option, token.substr(equals + 1));
        } else if (option.flag) {
            *std::get<bool*>(option.target) = true;
        } else {
            if (i + 1 >= arguments.size() || startsOption(arguments[i + 1]))
                throw TrainUsageError(name + " needs a value.");
            assign(option, arguments[++i]);
        }
        while (isList(option) && i + 1 < arguments.size() && !startsOption(arguments[i + 1]))
            assign(option, arguments[++i]);
    }
    for (std::size_t k = 0; k < options.size(); ++k)
        if (options[k].required && !seen[k])
            throw TrainUsageError(options[k].name + " is required (see --help).");
    return TrainParse::Run;
}

std::string trainUsage(const std::string& program)
{
    TrainArguments defaults;
    std::ostringstream text;
    text << "Usage: " << program << " --data PACK [--data PACK...] --val PACK --out MODEL [options]\n\nOptions:\n";
    for (const auto& option : trainOptions(defaults)) {
        text << "  " << option.name << (option.flag ? "" : isList(option) ? " VALUE..." : " VALUE");
        text << "\n      " << option.help;
        if (option.showDefault)
            text << " (default: " << currentValue(option) << ")";
        if (option.required)
            text << " (required)";
        text << "\n";
    }
    text << "  --help\n      This text\n  --version\n      The program's version\n";
    return text.str();
}

}  // namespace colorized
