// Plain-language explanations (English) for Ingress: classes, rules, paths, backends and TLS.
export const networkingEn: Readonly<Record<string, string>> = {
  'IngressSpec.ingressClassName':
    "Which ingress controller serves this Ingress, by the name of an IngressClass such as `nginx` or `traefik` (`kubectl get ingressclass` lists them). An Ingress is only a set of routing rules: without an ingress controller installed in the cluster nothing happens, and the `ADDRESS` column stays empty. Left out, the name of the cluster's default IngressClass is filled in if one is marked as default; otherwise most controllers ignore the Ingress. It replaces the old `kubernetes.io/ingress.class` annotation.",
  'IngressSpec.rules':
    "The routing rules: for each `host`, which URL `paths` go to which Service. A request is checked against the rules for its host, and among those the longest matching path wins. Requests that match no rule go to `defaultBackend`, or get the controller's own 404 page when there is none.",
  'IngressSpec.tls':
    "Turns on HTTPS: each entry lists the `hosts` a certificate covers and the `secretName` of the `kubernetes.io/tls` Secret holding it, which must be in the Ingress's namespace. The controller terminates TLS and forwards plain HTTP to the Services. If the Secret is missing or does not cover the host, most controllers fall back to a self-signed default certificate, and browsers warn about it.",
  'IngressSpec.defaultBackend':
    "Where requests go when no rule matches their host and path; an Ingress with no `rules` sends everything here. The API server rejects an Ingress that has neither `rules` nor a `defaultBackend`. Left out, unmatched requests get the controller's own default answer, usually a 404.",

  'IngressRule.host':
    'The host name this rule answers, such as `shop.example.com`: a DNS name without scheme, port or path, and never an IP address, which the API server rejects. `*.example.com` matches exactly one more label: `a.example.com`, but not `a.b.example.com`. Left out, the rule matches every host. The name must also resolve to the controller\'s address; before DNS is set up, test with `curl -H "Host: shop.example.com" http://ADDRESS/`.',
  'IngressRule.http':
    'Holds the `paths` for this host; every rule that routes traffic needs it, with `paths:` one level below `http:`. Even for an HTTPS host the rule goes under `http`: TLS is switched on separately, in `tls`.',
  'HTTPIngressRuleValue.paths':
    'The URL paths for this host and the backend each one leads to; every entry needs `path`, `pathType` and `backend`. When several paths match a request, the longest wins, and `Exact` beats `Prefix` for the same path.',
  'HTTPIngressPath.path':
    'The URL path to match, starting with `/`, such as `/api`. Requests reach the Service with the path unchanged: `/api/users` arrives as `/api/users`, not `/users`, so the app must serve that path unless a controller-specific rewrite annotation strips it. Regular expressions only work with `pathType: ImplementationSpecific` and a controller that supports them.',
  'HTTPIngressPath.pathType':
    'How `path` is compared; required. `Prefix` compares whole segments between `/`: `/api` matches `/api` and `/api/users` but not `/apis`; `Exact` matches only that exact path; both are case-sensitive. `ImplementationSpecific` leaves it to the controller. `Prefix` is the usual choice, and `path: /` with `Prefix` catches every request.',
  'HTTPIngressPath.backend':
    'Where matching requests go: normally a `service` with its `name` and `port`. The Service must be in the same namespace as the Ingress.',

  'IngressBackend.service':
    "The Service that receives the traffic, by `name` and `port`. An Ingress cannot point to another namespace, so the Service must be in the Ingress's own. The controller sends requests to the Service's ready Pods, so a Service without endpoints usually shows up as a 503 error. `service` and `resource` cannot be set together.",
  'IngressBackend.resource':
    "Points to another kind of object instead of a Service, such as a storage bucket defined by the controller's own API. Few controllers support it, and it cannot be combined with `service`; for ordinary apps, use `service`.",
  'IngressServiceBackend.name':
    'The name of the Service to send traffic to, in the same namespace as the Ingress. If no such Service exists, the controller has nowhere to send requests and answers with an error, often 503. `kubectl describe ingress` shows each backend with the Pod addresses it found, or the error.',
  'IngressServiceBackend.port':
    "Which port of the Service to use: `number` for the Service's `port` number, or `name` for a named Service port. It is the Service's port, not the container port or the `targetPort`: with `port: 80` and `targetPort: 8080`, write `number: 80`.",
  'ServiceBackendPort.number':
    "The Service's `port` number to send traffic to, such as `80`. It is not the Pod's `targetPort` nor a `nodePort`: the Service maps it to the Pods itself. Set either `number` or `name`, not both.",
  'ServiceBackendPort.name':
    "The `name` of one of the Service's ports, such as `http`, instead of its number. It must match a name under the Service's `ports`, not a container port's name. Set either `name` or `number`, not both.",

  'IngressTLS.hosts':
    'The host names the certificate in `secretName` serves, written like the `host` of a rule, such as `shop.example.com`. Use the same names as in `rules`, and make sure the certificate covers them, or browsers report a name mismatch.',
  'IngressTLS.secretName':
    'The Secret holding the certificate and its key: type `kubernetes.io/tls`, keys `tls.crt` and `tls.key`, in the same namespace as the Ingress. Create it with `kubectl create secret tls NAME --cert=cert.pem --key=key.pem`, or let cert-manager issue one. If it is missing or invalid, most controllers serve a self-signed default certificate instead.',
};
