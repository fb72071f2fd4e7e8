// Starts Swagger UI on the stub's own OpenAPI document (served locally; no inline script).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
