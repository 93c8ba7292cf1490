// Payara Micro serves the OpenAPI document of the deployed API at /openapi.
window.ui = SwaggerUIBundle({ url: '/openapi', dom_id: '#swagger-ui', deepLinking: true });
