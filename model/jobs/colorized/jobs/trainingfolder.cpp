#include "colorized/jobs/trainingfolder.h"

#include "colorized/imaging/dataset.h"

#include <QFile>

#include <stdexcept>

namespace colorized::jobs {

namespace {

QString fromLocal(const std::string& path)
{
    return QFile::decodeName(path.c_str());
}

QString layoutId(imaging::DatasetLayout layout)
{
    switch (layout) {
    case imaging::DatasetLayout::Empty: return QStringLiteral("empty");
    case imaging::DatasetLayout::GrayColorFolders: return QStringLiteral("gray-color-folders");
    case imaging::DatasetLayout::SideBySide: return QStringLiteral("side-by-side");
    case imaging::DatasetLayout::ColorOnly: return QStringLiteral("color-only");
    }
    return QStringLiteral("empty");
}

}  // namespace

TrainingFolderReport scanTrainingFolder(const QString& folder, const std::function<void(int, int)>& progress,
                                        const std::atomic<bool>* cancel)
{
    TrainingFolderReport report;
    report.folder = folder;
    try {
        const auto scanned = imaging::buildPairingReport(
            QFile::encodeName(folder).toStdString(), imaging::PairingOptions{},
            [&progress](std::size_t done, std::size_t total) {
                if (progress)
                    progress(int(done), int(total));
            },
            cancel);
        if (!scanned) {
            report.cancelled = true;
            return report;
        }
        report.layout = layoutId(scanned->layout);
        for (const auto& item : scanned->items)
            report.items.push_back(fromLocal(item.name));
        report.pairs = int(scanned->pairs);
        report.colorOnly = int(scanned->colorOnly);
        for (const auto& problem : scanned->problems)
            report.problems.push_back({fromLocal(problem.path), fromLocal(problem.partnerPath),
                                       QString::fromLatin1(imaging::problemKindId(problem.kind)),
                                       QString::fromStdString(problem.message)});
    } catch (const std::exception& error) {
        report.error = QString::fromStdString(error.what());
    }
    return report;
}

int heldOutCountFor(int itemCount, double fraction)
{
    return int(imaging::heldOutCount(std::size_t(std::max(itemCount, 0)), fraction));
}

}  // namespace colorized::jobs
