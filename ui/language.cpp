#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace language {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
}  // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("de")};
}

QString nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString chosen()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (available().contains(saved))
        return saved;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool install(const QString& code)
{
    auto& translators = installed();
    for (auto& translator : translators)
        QCoreApplication::removeTranslator(translator.get());
    translators.clear();
    if (code == QLatin1String("en") || code.isEmpty())
        return true;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/colorized_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(own.get());
    translators.push_back(std::move(own));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators.push_back(std::move(qt));
    }
    return true;
}

}  // namespace language
