// The plan request's JSON: a timeline request without purchases, refunds or QPS plans (the plan finds them).
#include "tally/error.hpp"
#include "tally/plan.hpp"

namespace tally {

PlanRequest read_plan_request(const JsonNode& node) {
    for (const char* key : {"purchases", "refunds", "qps"})
        if (auto given = node.find(key)) given->fail("a plan request has none: the plan is what to buy");
    PlanRequest request;
    Json rest = node.value();
    if (auto peaks = node.find("peak_qps")) {
        for (const JsonNode& item : peaks->elements()) {
            item.allow_only({"group", "qps"});
            request.peak_qps.push_back(PeakQps{item["group"].text(), item["qps"].whole_number(1, 1000000)});
        }
        rest.erase("peak_qps");
    }
    request.timeline = read_timeline_request(JsonNode(rest, ""));
    return request;
}

PlanRequest parse_plan_request(std::string_view text) {
    Json j = parse_json(text, "request");
    if (!j.is_object()) throw Error("request", "must be a JSON object");
    return read_plan_request(JsonNode(j, ""));
}

}  // namespace tally
