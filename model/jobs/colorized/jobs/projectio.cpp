#include "colorized/jobs/projectio.h"

#include "colorized/project/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRgba64>
#include <QSaveFile>

namespace colorized::jobs {

namespace {

// "#rrggbb" when the color is exact in 8 bits per channel (colors picked in a dialog are),
// otherwise all 16 bits, so that toAb() sees the same channels after a round trip.
std::string colorText(const QColor& color)
{
    const QRgba64 rgb = color.toRgb().rgba64();
    const bool eightBit = rgb.red() % 257 == 0 && rgb.green() % 257 == 0 && rgb.blue() % 257 == 0;
    if (eightBit)
        return color.name(QColor::HexRgb).toStdString();
    return QStringLiteral("#%1%2%3")
        .arg(rgb.red(), 4, 16, QLatin1Char('0'))
        .arg(rgb.green(), 4, 16, QLatin1Char('0'))
        .arg(rgb.blue(), 4, 16, QLatin1Char('0'))
        .toStdString();
}

}  // namespace

project::RenderSettings renderSettingsOf(const Provenance& run)
{
    project::RenderSettings s;
    s.modelPath = run.modelPath.toStdString();
    s.modelSha256 = run.modelSha256.toStdString();
    s.sampler = run.sampler.toStdString();
    s.steps = run.steps;
    s.seed = run.seed;
    s.candidates = run.candidates;
    s.resolution = run.resolution;
    s.bf16 = run.bf16;
    s.eta = run.eta;
    s.guidance = run.guidance;
    s.guidanceCutoff = run.guidanceCutoff;
    s.damping = run.damping;
    s.noisePerPhoto = run.noisePerPhoto;
    s.hintStrength = run.hintStrength;
    return s;
}

ColorizeSettings colorizeSettingsOf(const project::RenderSettings& s)
{
    ColorizeSettings settings;
    settings.modelPath = QString::fromStdString(s.modelPath);
    settings.sampler = samplerKindFromString(s.sampler);   // checked when the file was read
    settings.steps = s.steps;
    settings.seed = s.seed;
    settings.candidates = s.candidates;
    settings.resolution = s.resolution;
    settings.bf16 = s.bf16;
    settings.eta = s.eta;
    settings.guidance = s.guidance;
    settings.guidanceCutoff = s.guidanceCutoff;
    settings.damping = s.damping;
    settings.noisePerPhoto = s.noisePerPhoto;
    settings.hintStrength = s.hintStrength;
    return settings;
}

std::vector<project::Hint> projectHintsOf(const QVector<HintSpec>& hints)
{
    std::vector<project::Hint> out;
    out.reserve(size_t(hints.size()));
    for (const HintSpec& hint : hints)
        out.push_back({hint.position.x(), hint.position.y(), colorText(hint.color), hint.note.toStdString()});
    return out;
}

QVector<HintSpec> hintSpecsOf(const std::vector<project::Hint>& hints)
{
    QVector<HintSpec> out;
    out.reserve(int(hints.size()));
    for (const project::Hint& hint : hints)
        out.push_back({QPointF(hint.x, hint.y), QColor(QString::fromStdString(hint.color)),
                       QString::fromStdString(hint.note)});
    return out;
}

std::string projectTimeOf(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate).toStdString();
}

QDateTime dateTimeOfProjectTime(const std::string& text)
{
    return QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
}

QString saveProjectFile(const QString& path, const project::Project& project)
{
    const std::string text = project::projectJson(project);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !file.commit())
        return QCoreApplication::translate("Project", "The project could not be saved to %1: %2.")
            .arg(path, file.errorString());
    return {};
}

ProjectOpened openProjectFile(const QString& path)
{
    ProjectOpened opened;
    try {
        opened.project = project::readProjectFile(QFile::encodeName(path).toStdString());
    } catch (const project::ProjectFileError& error) {
        opened.error = QString::fromLocal8Bit(error.what());
    }
    return opened;
}

}  // namespace colorized::jobs
