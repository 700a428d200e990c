// The handlers of people's qualifications (人员资格, issue 15 §2); routes.cpp lists them.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::qualifications {

api::Response ListPeopleHandler(api::Context& ctx);
api::Response ExportPeopleHandler(api::Context& ctx);
api::Response CreatePersonHandler(api::Context& ctx);
api::Response GetPersonHandler(api::Context& ctx);
api::Response UpdatePersonHandler(api::Context& ctx);
api::Response LeavePostHandler(api::Context& ctx);
api::Response AddCertificateHandler(api::Context& ctx);
api::Response AddExaminationHandler(api::Context& ctx);
api::Response AddTrainingHandler(api::Context& ctx);
api::Response ListCertificatesHandler(api::Context& ctx);
api::Response ExportCertificatesHandler(api::Context& ctx);
api::Response RevokeCertificateHandler(api::Context& ctx);
api::Response ListTrainingHandler(api::Context& ctx);
api::Response ExportTrainingHandler(api::Context& ctx);
api::Response QualificationSummaryHandler(api::Context& ctx);
api::Response PutSafetyDepartmentHandler(api::Context& ctx);
// Enforcement staff of the agencies (seed 003 §7).
api::Response ListStaffHandler(api::Context& ctx);
api::Response CreateStaffHandler(api::Context& ctx);
api::Response AddStaffTrainingHandler(api::Context& ctx);
api::Response UpdateStaffHandler(api::Context& ctx);

}  // namespace anjian::qualifications
