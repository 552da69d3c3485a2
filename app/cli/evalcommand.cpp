#include "commands.h"
#include "samplingoptions.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/hintadherence.h"
#include "colorized/imaging/metrics.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"
#include "colorized/jobs/filehash.h"

#include <QFile>

#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace colorized::cli {

namespace {

struct EvalArguments {
    std::string data;
    std::string json;
    int limit = 0;              // the first N in name order
    int spread = 0;             // N spread evenly over the name order
    bool castOnly = false;
    std::string split = "all";
    SamplingArguments sampling;
    int hints = 0;              // hints per photo drawn from its truth; 0: none
    bool hintsWithheld = false; // measure at the hints without giving them to the model
    int hintDisc = 5;           // adherence disc radius, pixels of the photo
};

// Hint windows scale with the photo: a flat region's window radius and the neighbourhood in
// which a hint's object and its leaks are looked for.
int flatRadiusFor(cv::Size size) { return std::max(2, std::max(size.width, size.height) / 60); }
int reachFor(cv::Size size) { return std::max(size.width, size.height) / 4; }

nlohmann::json toJson(const imaging::CastSummary& cast)
{
    return {{"mean_a", cast.meanA}, {"mean_b", cast.meanB}, {"bluish_share", cast.bluishShare}};
}

nlohmann::json meansJson(const imaging::MetricsAccumulator& metrics)
{
    const auto m = metrics.mean();
    return {{"psnr", m.psnr},
            {"ssim", m.ssim},
            {"ciede2000", m.ciede2000},
            {"ab_auc", m.abAuc},
            {"colorfulness", m.colorfulness},
            {"colorfulness_ratio", metrics.colorfulnessRatio()}};
}

void printCast(const std::string& name, const imaging::CastSummary& cast)
{
    std::cout << std::left << std::setw(22) << name << std::right << std::fixed << std::setprecision(2) << std::setw(8)
              << cast.meanA << std::setw(8) << cast.meanB << std::setw(8) << std::setprecision(0)
              << 100.0 * cast.bluishShare << " %\n";
}

void printRow(const std::string& name, const imaging::MetricsAccumulator& metrics)
{
    const auto m = metrics.mean();
    std::cout << std::left << std::setw(22) << name << std::right << std::fixed << std::setprecision(2) << std::setw(8)
              << m.psnr << std::setprecision(4) << std::setw(8) << m.ssim << std::setprecision(2) << std::setw(9)
              << m.ciede2000 << std::setprecision(4) << std::setw(8) << m.abAuc << std::setprecision(2)
              << std::setw(9) << m.colorfulness << std::setw(8) << metrics.colorfulnessRatio() << "\n";
}

void writeJsonReport(const std::string& path, const nlohmann::json& report)
{
    const std::string temporary = path + ".part";
    std::ofstream(temporary) << report.dump(2) << "\n";
    std::filesystem::rename(temporary, path);
}

// "all": every image of the folder; "heldout": only the fixed held-out 10 % that `pack --split`
// and `train` leave out of training (the same hash of the file names), e.g. of people/.
std::vector<std::string> evaluationFiles(const std::string& folder, const std::string& split)
{
    if (split == "all")
        return imaging::listImages(folder);
    const auto report = imaging::buildPairingReport(folder);
    std::vector<std::string> files;
    for (const auto& item : report->split.heldOut)
        files.push_back(item.colorPath);
    return files;
}

// A folder's names usually begin with their source (people/: ccp_, frl_, lfw_, lsp_, ...), so
// the first N (--limit) can be one source; N taken at even steps keep the sources' mix.
std::vector<std::string> spreadEvenly(const std::vector<std::string>& files, int count)
{
    const size_t total = files.size();
    if (size_t(count) >= total)
        return files;
    std::vector<std::string> spread;
    spread.reserve(size_t(count));
    for (size_t i = 0; i < size_t(count); ++i)
        spread.push_back(files[i * total / size_t(count)]);
    return spread;
}

int runEval(const EvalArguments& args)
{
    configureThreads(args.sampling.threads);
    const auto options = args.sampling.toOptions();
    const std::string modelPath = args.sampling.modelPath();
    auto model = loadModel(modelPath);
    const GuidanceSettings guidance = guidanceSettingsFor(options, model.info);
    auto files = evaluationFiles(args.data, args.split);
    if (args.limit > 0 && int(files.size()) > args.limit)
        files.resize(args.limit);
    if (args.spread > 0)
        files = spreadEvenly(files, args.spread);
    if (files.empty())
        throw std::runtime_error("No images in " + args.data + ".");

    imaging::MetricsAccumulator gray, shown, first, best;   // shown also holds the ground truths' cast
    imaging::CastAccumulator shownCast;                       // also without a ground truth (--cast-only)
    imaging::HintAdherenceAccumulator hinted;                 // --hints
    double seconds = 0;
    nlohmann::json perImage = nlohmann::json::array();
    for (const auto& file : files) {
        // The ground truth is the color photo; the colorizer sees only its L* (the pipeline
        // keeps L* and replaces a*b*), exactly like a gray scan of it.
        const auto truth = imaging::loadScan(file);
        if (truth.sourceIsGray && !args.castOnly) {
            std::cerr << "skipped " << file << ": it has no color to compare against\n";
            continue;
        }
        imaging::PipelineRequest request;
        request.options = options;
        request.resolution = args.sampling.resolution;
        // The color photo stands for the gray scan an archivist would colorize: its own noise.
        request.photoKey = imaging::photoNoiseKey(jobs::fileSha256(QFile::decodeName(file.c_str())).toStdString());
        args.sampling.applyHintGuidance(request);
        std::vector<imaging::ColorHint> hints;
        if (args.hints > 0 && !args.castOnly) {
            // Seeded per file, so every run of a comparison gets the same hints.
            hints = imaging::sampleFlatHints(truth.pixels, args.hints, std::hash<std::string>{}(file),
                                             flatRadiusFor(truth.pixels.size()));
            if (!args.hintsWithheld)
                request.hints = hints;
        }
        const auto started = std::chrono::steady_clock::now();
        const auto outcome = imaging::colorizeScan(model, truth, request);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

        nlohmann::json row = {{"file", file}};
        imaging::ColorCast cast;
        if (args.castOnly) {
            cast = imaging::colorCast(outcome->image);
        } else {
            // "shown" is the result the archivist sees first (the consensus of the candidates);
            // "candidate 1" a single draw; "best of K" an oracle that knows the truth.
            const auto grayMetrics = imaging::computeMetrics(imaging::grayBaseline(truth.pixels), truth.pixels);
            const auto shownMetrics = imaging::computeMetrics(outcome->image, truth.pixels);
            auto firstMetrics = shownMetrics;
            auto bestMetrics = shownMetrics;
            for (int k = 0; k < options.candidates; ++k) {
                const auto m = k == outcome->shown
                                   ? shownMetrics
                                   : imaging::computeMetrics(imaging::composeCandidate(truth, *outcome, k), truth.pixels);
                if (k == 0)
                    firstMetrics = bestMetrics = m;
                else if (m.ciede2000 < bestMetrics.ciede2000)
                    bestMetrics = m;
            }
            gray.add(grayMetrics);
            shown.add(shownMetrics);
            first.add(firstMetrics);
            best.add(bestMetrics);
            cast = shownMetrics.cast;
            if (!hints.empty()) {
                const auto adherence = imaging::measureHintAdherence(outcome->image, truth.pixels, hints,
                                                                     args.hintDisc, reachFor(truth.pixels.size()));
                hinted.add(adherence);
                row.update({{"hints", adherence.hints}, {"hint_disc_de", adherence.discDe},
                            {"hint_coverage", adherence.coverage}, {"hint_leak", adherence.leak}});
            }
            row.update({{"ciede2000", shownMetrics.ciede2000}, {"first_ciede2000", firstMetrics.ciede2000},
                        {"best_ciede2000", bestMetrics.ciede2000}, {"gray_ciede2000", grayMetrics.ciede2000},
                        {"colorfulness", shownMetrics.colorfulness},
                        {"reference_colorfulness", shownMetrics.referenceColorfulness}});
        }
        shownCast.add(cast);
        row.update({{"mean_a", cast.meanA}, {"mean_b", cast.meanB}});
        perImage.push_back(row);
        std::cerr << "\r" << shownCast.count() << "/" << files.size() << std::flush;
    }
    std::cerr << "\n";
    const int evaluated = int(shownCast.count());

    const auto& s = args.sampling;
    const std::string samplerText = s.sampler + " " + std::to_string(s.stepCount(model.info.schedule.timesteps))
        + " steps" + (describe(s.samplerKind()).runsEveryTimestep ? "" : ", eta " + std::to_string(s.eta).substr(0, 4));
    std::cout << "model " << model.info.name << ", " << evaluated << " images from " << args.data << ", "
              << samplerText << ", guidance " << std::setprecision(3) << guidance.guidance << " from t/T " << guidance.cutoff << ", damping " << guidance.damping << ", seed " << s.seed << ", " << std::fixed << std::setprecision(2)
              << seconds / std::max(evaluated, 1) << " s/image (pipeline, " << s.candidates << " candidates)\n";
    std::cout << std::left << std::setw(22) << "cast" << std::right << std::setw(8) << "a*" << std::setw(8) << "b*"
              << std::setw(10) << "bluish" << "\n";
    if (!args.castOnly)
        printCast("ground truth", shown.referenceCast());
    printCast(s.candidates > 1 ? "shown (consensus of " + std::to_string(s.candidates) + ")" : "result",
              shownCast.summary());
    if (args.castOnly) {
        if (!args.json.empty())
            writeJsonReport(args.json, {{"model", model.info.name}, {"model_sha256", model.sha256}, {"data", args.data},
                                        {"images", evaluated}, {"seed", s.seed}, {"candidates", s.candidates},
                                        {"seconds_per_image", seconds / std::max(evaluated, 1)},
                                        {"cast", toJson(shownCast.summary())}, {"per_image", perImage}});
        return kExitOk;
    }
    std::cout << std::left << std::setw(22) << "" << std::right << std::setw(8) << "PSNR" << std::setw(8) << "SSIM"
              << std::setw(9) << "dE2000" << std::setw(8) << "AuC" << std::setw(9) << "colorf." << std::setw(8)
              << "ratio" << "\n";
    printRow("gray baseline", gray);
    if (s.candidates > 1) {
        printRow("shown (consensus of " + std::to_string(s.candidates) + ")", shown);
        printRow("candidate 1", first);
        printRow("best of " + std::to_string(s.candidates) + " (oracle)", best);
    } else {
        printRow("result", shown);
    }

    const auto adherence = hinted.mean();
    if (args.hints > 0) {
        std::cout << adherence.hints << " hints " << (args.hintsWithheld ? "withheld" : "given") << " (strength "
                  << std::setprecision(2) << s.hintStrength << ", radius " << s.hintRadius
                  << " px): dE2000 within " << args.hintDisc << " px " << adherence.discDe << ", object covered "
                  << std::setprecision(0) << 100.0 * adherence.coverage << " %, leak " << std::setprecision(1)
                  << 100.0 * adherence.leak << " %\n";
    }

    if (!args.json.empty()) {
        nlohmann::json report = {
            {"model", model.info.name},
            {"split", args.split},
            {"model_sha256", model.sha256},
            {"data", args.data},
            {"images", evaluated},
            {"sampler", s.sampler},
            {"steps", s.stepCount(model.info.schedule.timesteps)},
            {"eta", s.eta},
            {"seed", s.seed},
            {"candidates", s.candidates},
            {"guidance", guidance.guidance},
            {"guidance_cutoff", guidance.cutoff},
            {"damping", guidance.damping},
            {"seconds_per_image", seconds / std::max(evaluated, 1)},
            {"gray_baseline", meansJson(gray)},
            {"shown", meansJson(shown)},
            {"first_candidate", meansJson(first)},
            {"best_of_candidates", meansJson(best)},
            {"cast", toJson(shownCast.summary())},
            {"truth_cast", toJson(shown.referenceCast())},
            {"per_image", perImage},
        };
        if (args.hints > 0)
            report["hints"] = {{"per_image", args.hints}, {"withheld", args.hintsWithheld},
                               {"strength", s.hintStrength}, {"radius", s.hintRadius}, {"disc", args.hintDisc},
                               {"count", adherence.hints}, {"disc_de", adherence.discDe},
                               {"coverage", adherence.coverage}, {"leak", adherence.leak}};
        writeJsonReport(args.json, report);
    }
    return kExitOk;
}

}  // namespace

void addEvalCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand(
        "eval", "Colorize the L* of color photos and compare with the originals (PSNR, SSIM, CIEDE2000, AuC, colorfulness).");
    auto args = std::make_shared<EvalArguments>();
    command->add_option("--data", args->data, "Folder of color photos (ground truth)")->required();
    command->add_option("--json", args->json, "Also write the report as JSON here");
    auto* limit = command->add_option("--limit", args->limit, "Evaluate only the first N images (in name order)");
    command->add_option("--spread", args->spread,
                        "Evaluate N images spread evenly over the name order, which keeps the mix of a folder "
                        "whose names begin with their source (e.g. people/), where --limit's first N may not")
        ->check(CLI::PositiveNumber)
        ->excludes(limit);
    command->add_option("--split", args->split, "all, or heldout: only the fixed held-out 10 % never trained on")
        ->check(CLI::IsMember({"all", "heldout"}))
        ->capture_default_str();
    command->add_flag("--cast-only", args->castOnly,
                      "No ground truth (e.g. archive scans): report only the global cast of the results");
    command->add_option("--hints", args->hints,
                        "Give each photo N hints drawn from its own colors (random places in flat colored "
                        "regions) and report how the result follows them: CIEDE2000 to the hint within "
                        "--hint-disc, the share of the hint's object colored like it, and the leak")
        ->check(CLI::Range(0, 100));
    command->add_flag("--hints-withheld", args->hintsWithheld,
                      "Measure at those hints without giving them to the model (the baseline)");
    command->add_option("--hint-disc", args->hintDisc, "Radius in pixels of the photo of the adherence disc")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    args->sampling.addTo(*command);
    command->callback([&run, args] { run = [args] { return runEval(*args); }; });
}

}  // namespace colorized::cli
