// Placeholder: in-app notifications (owned by the notifications module).
#pragma once
