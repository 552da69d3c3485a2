#include "runstallmeter.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/stallprobe.h"

#include <algorithm>

using colorized::jobs::ColorizeJob;

RunStallMeter::RunStallMeter(ColorizeJob* job, QObject* parent)
    : QObject(parent), probe_(new colorized::jobs::StallProbe(this))
{
    connect(job, &ColorizeJob::started, this, [this] {
        if (!probe_->isRunning())
            probe_->start();
    });
    connect(job, &ColorizeJob::idle, this, [this] {
        probe_->stop();
        lastMs_ = probe_->longestStallMs();
        Q_EMIT measured(lastMs_);
    });
}

double RunStallMeter::longestStallMs() const
{
    return std::max(lastMs_, probe_->longestStallMs());
}
