#include "charts_panel.hpp"

#include "diagram_layout.hpp"
#include "narration.hpp"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QXYSeries>

namespace tcpviz {
namespace {

// A flood has millions of points; a chart needs a few thousand.
constexpr std::size_t kMaxPoints = 4000;

QChartView* make_view(QWidget* parent)
{
    auto* view = new QChartView(new QChart(), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    // Every pixel for the plot: a docked chart is short.
    view->chart()->setMargins(QMargins(2, 2, 2, 2));
    view->chart()->layout()->setContentsMargins(0, 0, 0, 0);
    view->chart()->setBackgroundRoundness(0);
    return view;
}

void reset_chart(QChart* chart, const QString& title)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    // The charts follow the window's theme: dark on a dark palette.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
}

void add_axes(QChart* chart, const QString& x_title, const QString& y_title)
{
    auto* x = new QValueAxis(chart);
    auto* y = new QValueAxis(chart);
    x->setTitleText(x_title);
    y->setTitleText(y_title);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // The axes span every point (the backlog line included), from 0 up, in round steps.
    double max_x = 0, max_y = 0;
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
        if (auto* xy = qobject_cast<QXYSeries*>(s))
            for (const QPointF& point : xy->points()) {
                max_x = std::max(max_x, point.x());
                max_y = std::max(max_y, point.y());
            }
    }
    x->setRange(0, std::max(max_x, 1.0));
    y->setRange(0, std::max(max_y * 1.05, 4.0));
    x->applyNiceNumbers();
    y->applyNiceNumbers();
}

} // namespace

ChartsPanel::ChartsPanel(QWidget* parent) : QTabWidget(parent)
{
    queue_ = make_view(this);
    sequence_ = make_view(this);
    isn_ = make_view(this);
    addTab(queue_, tr("Queues"));
    addTab(sequence_, tr("Sequence numbers"));
    addTab(isn_, tr("ISNs"));
    // Axes, a title and a legend need this much room to show a curve at all.
    setMinimumHeight(240);
}

int ChartsPanel::series_count() const
{
    return int(queue_->chart()->series().size() + sequence_->chart()->series().size() + isn_->chart()->series().size());
}

void ChartsPanel::show_trace(const Trace& trace, const SeqNotation& numbers, IsnMode isn_mode, std::uint64_t seed)
{
    const std::size_t stride = std::max<std::size_t>(1, trace.events.size() / kMaxPoints);

    // SYN queue depth, and the accept queue's when the application is slow, against
    // the backlog that bounds both, per listening host.
    QChart* q = queue_->chart();
    reset_chart(q, tr("SYN and accept queue depth over time"));
    const std::size_t hosts = trace.hosts.size();
    std::vector<QLineSeries*> depth(2 * hosts, nullptr); // SYN queues, then accept queues
    std::vector<std::uint32_t> backlog(hosts, 0);
    std::int64_t end = trace.events.empty() ? 0 : trace.events.back().time;
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.kind != EventKind::QueueDepth && e.kind != EventKind::AcceptQueueDepth)
            continue;
        const bool accept = e.kind == EventKind::AcceptQueueDepth;
        QLineSeries*& series = depth[e.host + (accept ? hosts : 0)];
        if (!series) {
            series = new QLineSeries(q);
            series->setName(accept ? tr("%1: waiting for accept()").arg(host_title(trace, e.host))
                                   : tr("%1: half-open requests").arg(host_title(trace, e.host)));
        }
        const double t = double(e.time) / 1e6;
        if (series->count() > 0) // a step: hold the previous depth until now
            series->append(t, series->at(series->count() - 1).y());
        series->append(t, e.a);
        backlog[e.host] = e.b;
    }
    for (std::size_t i = 0; i < depth.size(); ++i) {
        if (!depth[i])
            continue;
        depth[i]->append(double(end) / 1e6, depth[i]->at(depth[i]->count() - 1).y());
        q->addSeries(depth[i]);
        if (i >= hosts && depth[i - hosts])
            continue; // the host's backlog line is drawn already
        const std::uint32_t limit_at = backlog[i % hosts];
        auto* limit = new QLineSeries(q);
        limit->setName(tr("backlog %1: full above it, so %2 fit").arg(limit_at).arg(limit_at + 1));
        queue_->setToolTip(queue_full_rule(limit_at));
        limit->append(0, limit_at);
        limit->append(double(end) / 1e6, limit_at);
        QPen pen(Qt::red, 2, Qt::DashLine);
        limit->setPen(pen);
        q->addSeries(limit);
    }
    add_axes(q, tr("time (ms)"), tr("connections"));

    // The sequence numbers each host sends, over time, counted as the notation counts.
    QChart* s = sequence_->chart();
    const bool absolute = numbers.notation() == Notation::Absolute;
    reset_chart(s, absolute                                   ? tr("Seq sent over time (absolute)")
                   : numbers.notation() == Notation::Relative ? tr("Seq sent over time (relative)")
                                                              : tr("Seq sent over time (x + n, y + n)"));
    std::vector<QScatterSeries*> sent(trace.hosts.size(), nullptr);
    for (std::size_t i = 0; i < trace.events.size(); i += 1) {
        const TraceEvent& e = trace.events[i];
        if (e.kind != EventKind::SegmentSent || (e.ref % stride) != 0)
            continue;
        if (trace.hosts[e.host].role == HostRole::Attacker)
            continue; // forged numbers would flatten everything else
        if (!sent[e.host]) {
            sent[e.host] = new QScatterSeries(s);
            sent[e.host]->setName(host_title(trace, e.host));
            sent[e.host]->setMarkerSize(8);
        }
        sent[e.host]->append(double(e.time) / 1e6, double(numbers.seq_offset(e.ref)));
    }
    for (QScatterSeries* series : sent)
        if (series)
            s->addSeries(series);
    add_axes(s, tr("time (ms)"), absolute ? tr("Seq") : tr("Seq after the ISN"));

    // ISNs a host would choose over ten seconds of new connections.
    QChart* c = isn_->chart();
    reset_chart(c, tr("ISN of new connections over time: %1").arg(QString::fromLatin1(isn_mode_name(isn_mode))));
    auto* points = new QScatterSeries(c);
    points->setName(tr("ISN"));
    points->setMarkerSize(6);
    for (const IsnSample& sample : isn_samples(isn_mode, seed, 200, 50'000'000))
        points->append(double(sample.time) / 1e9, double(sample.isn));
    c->addSeries(points);
    add_axes(c, tr("time (s)"), tr("ISN"));
}

} // namespace tcpviz
