#include "commands.h"
#include "samplingoptions.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/metrics.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"

#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace colorized::cli {

namespace {

struct EvalArguments {
    std::string data;
    std::string json;
    int limit = 0;
    bool castOnly = false;
    std::string split = "all";
    SamplingArguments sampling;
};

// Sums of every metric over the images; the report prints their means.
struct MetricSums {
    double psnr = 0, ssim = 0, ciede2000 = 0, abAuc = 0, colorfulness = 0, reference = 0;
    int count = 0;

    void add(const imaging::ImageMetrics& m)
    {
        psnr += m.psnr;
        ssim += m.ssim;
        ciede2000 += m.ciede2000;
        abAuc += m.abAuc;
        colorfulness += m.colorfulness;
        reference += m.referenceColorfulness;
        ++count;
    }

    nlohmann::json means() const
    {
        const double n = std::max(count, 1);
        return {{"psnr", psnr / n},
                {"ssim", ssim / n},
                {"ciede2000", ciede2000 / n},
                {"ab_auc", abAuc / n},
                {"colorfulness", colorfulness / n},
                {"colorfulness_ratio", reference > 0 ? colorfulness / reference : 0.0}};
    }
};

// The global cast of a set of images: means of the per-image mean a* and b*, and the share of
// images whose mean b* is below zero.
struct CastSums {
    double a = 0, b = 0;
    int bluish = 0, count = 0;

    void add(const imaging::ColorCast& cast)
    {
        a += cast.meanA;
        b += cast.meanB;
        bluish += cast.bluish() ? 1 : 0;
        ++count;
    }

    nlohmann::json means() const
    {
        const double n = std::max(count, 1);
        return {{"mean_a", a / n}, {"mean_b", b / n}, {"bluish_share", bluish / n}};
    }
};

void printCast(const std::string& name, const CastSums& sums)
{
    const auto m = sums.means();
    std::cout << std::left << std::setw(22) << name << std::right << std::fixed << std::setprecision(2) << std::setw(8)
              << m["mean_a"].get<double>() << std::setw(8) << m["mean_b"].get<double>() << std::setw(8)
              << std::setprecision(0) << 100.0 * m["bluish_share"].get<double>() << " %\n";
}

void printRow(const std::string& name, const nlohmann::json& m)
{
    std::cout << std::left << std::setw(22) << name << std::right << std::fixed << std::setprecision(2) << std::setw(8)
              << m["psnr"].get<double>() << std::setprecision(4) << std::setw(8) << m["ssim"].get<double>()
              << std::setprecision(2) << std::setw(9) << m["ciede2000"].get<double>() << std::setprecision(4)
              << std::setw(8) << m["ab_auc"].get<double>() << std::setprecision(2) << std::setw(9)
              << m["colorfulness"].get<double>() << std::setw(8) << m["colorfulness_ratio"].get<double>() << "\n";
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

int runEval(const EvalArguments& args)
{
    configureThreads(args.sampling.threads);
    const auto options = args.sampling.toOptions();
    const std::string modelPath = args.sampling.modelPath();
    auto model = loadModel(modelPath);
    auto files = evaluationFiles(args.data, args.split);
    if (args.limit > 0 && int(files.size()) > args.limit)
        files.resize(args.limit);
    if (files.empty())
        throw std::runtime_error("No images in " + args.data + ".");

    MetricSums gray, shown, first, best;
    CastSums truthCast, shownCast;
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
        const auto started = std::chrono::steady_clock::now();
        const auto outcome = imaging::colorizeScan(model, truth, request);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

        const auto cast = imaging::colorCast(outcome->image);
        shownCast.add(cast);
        nlohmann::json row = {{"file", file}, {"mean_a", cast.meanA}, {"mean_b", cast.meanB}};
        if (!args.castOnly) {
            // "shown" is the result the archivist sees first (the most typical candidate);
            // "candidate 1" a single draw; "best of K" an oracle that knows the truth.
            const auto grayMetrics = imaging::computeMetrics(imaging::grayBaseline(truth.pixels), truth.pixels);
            const auto shownMetrics = imaging::computeMetrics(outcome->image, truth.pixels);
            auto firstMetrics = shownMetrics;
            auto bestMetrics = shownMetrics;
            for (int k = 0; k < options.candidates; ++k) {
                if (k == outcome->typical)
                    continue;
                const auto m = imaging::computeMetrics(imaging::composeCandidate(truth, *outcome, k), truth.pixels);
                if (k == 0)
                    firstMetrics = m;
                if (m.ciede2000 < bestMetrics.ciede2000)
                    bestMetrics = m;
            }
            gray.add(grayMetrics);
            shown.add(shownMetrics);
            first.add(firstMetrics);
            best.add(bestMetrics);
            truthCast.add(imaging::colorCast(truth.pixels));
            row.update({{"ciede2000", shownMetrics.ciede2000}, {"first_ciede2000", firstMetrics.ciede2000},
                        {"best_ciede2000", bestMetrics.ciede2000}, {"gray_ciede2000", grayMetrics.ciede2000},
                        {"colorfulness", shownMetrics.colorfulness},
                        {"reference_colorfulness", shownMetrics.referenceColorfulness}});
        }
        perImage.push_back(row);
        std::cerr << "\r" << shownCast.count << "/" << files.size() << std::flush;
    }
    std::cerr << "\n";
    const int evaluated = shownCast.count;

    const auto& s = args.sampling;
    const std::string samplerText = s.sampler + " " + std::to_string(s.stepCount(model.info.schedule.timesteps))
        + " steps" + (describe(s.samplerKind()).runsEveryTimestep ? "" : ", eta " + std::to_string(s.eta).substr(0, 4));
    std::cout << "model " << model.info.name << ", " << evaluated << " images from " << args.data << ", "
              << samplerText << ", seed " << s.seed << ", " << std::fixed << std::setprecision(2)
              << seconds / std::max(evaluated, 1) << " s/image (pipeline, " << s.candidates << " candidates)\n";
    std::cout << std::left << std::setw(22) << "cast" << std::right << std::setw(8) << "a*" << std::setw(8) << "b*"
              << std::setw(10) << "bluish" << "\n";
    if (!args.castOnly)
        printCast("ground truth", truthCast);
    printCast(s.candidates > 1 ? "shown (typical of " + std::to_string(s.candidates) + ")" : "result", shownCast);
    if (args.castOnly) {
        if (!args.json.empty())
            writeJsonReport(args.json, {{"model", model.info.name}, {"model_sha256", model.sha256}, {"data", args.data},
                                        {"images", evaluated}, {"seed", s.seed}, {"candidates", s.candidates},
                                        {"seconds_per_image", seconds / std::max(evaluated, 1)},
                                        {"cast", shownCast.means()}, {"per_image", perImage}});
        return kExitOk;
    }
    std::cout << std::left << std::setw(22) << "" << std::right << std::setw(8) << "PSNR" << std::setw(8) << "SSIM"
              << std::setw(9) << "dE2000" << std::setw(8) << "AuC" << std::setw(9) << "colorf." << std::setw(8)
              << "ratio" << "\n";
    printRow("gray baseline", gray.means());
    if (s.candidates > 1) {
        printRow("shown (typical of " + std::to_string(s.candidates) + ")", shown.means());
        printRow("candidate 1", first.means());
        printRow("best of " + std::to_string(s.candidates) + " (oracle)", best.means());
    } else {
        printRow("result", shown.means());
    }

    if (!args.json.empty()) {
        const nlohmann::json report = {
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
            {"seconds_per_image", seconds / std::max(evaluated, 1)},
            {"gray_baseline", gray.means()},
            {"shown", shown.means()},
            {"first_candidate", first.means()},
            {"best_of_candidates", best.means()},
            {"cast", shownCast.means()},
            {"truth_cast", truthCast.means()},
            {"per_image", perImage},
        };
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
    command->add_option("--limit", args->limit, "Evaluate only the first N images");
    command->add_option("--split", args->split, "all, or heldout: only the fixed held-out 10 % never trained on")
        ->check(CLI::IsMember({"all", "heldout"}))
        ->capture_default_str();
    command->add_flag("--cast-only", args->castOnly,
                      "No ground truth (e.g. archive scans): report only the global cast of the results");
    args->sampling.addTo(*command);
    command->callback([&run, args] { run = [args] { return runEval(*args); }; });
}

}  // namespace colorized::cli
