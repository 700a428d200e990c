// The emergency-resource routes (应急资源, issue 14 §2), each with its permission.
#include "emergency/resources/emergency_resource_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::emergency_resources {

void RegisterEmergencyResourceRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/emergency-resources", "emergency_resource:read", ListResourcesHandler);
  r.Add("GET", "/api/v1/emergency-resources/export", "emergency_resource:read",
        ExportResourcesHandler);
  r.Add("GET", "/api/v1/emergency-resources/overview", "emergency_resource:read",
        ResourceOverviewHandler);
  r.Add("POST", "/api/v1/emergency-resources", "emergency_resource:write", CreateResourceHandler);
  r.Add("GET", "/api/v1/emergency-resources/{id}", "emergency_resource:read", GetResourceHandler);
  r.Add("PUT", "/api/v1/emergency-resources/{id}", "emergency_resource:write",
        UpdateResourceHandler);
  r.Add("DELETE", "/api/v1/emergency-resources/{id}", "emergency_resource:write",
        DeleteResourceHandler);
}

}  // namespace anjian::emergency_resources
