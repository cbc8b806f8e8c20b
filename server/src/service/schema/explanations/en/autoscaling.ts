// Plain-language explanations (English) for HorizontalPodAutoscaler. HorizontalPodAutoscalerSpec and
// CrossVersionObjectReference exist in autoscaling/v1 and v2 alike, so those keys hold for both.
export const autoscalingEn: Readonly<Record<string, string>> = {
  'HorizontalPodAutoscalerSpec.scaleTargetRef':
    "The workload whose replica count the autoscaler sets, by `apiVersion`, `kind` and `name`, such as `apps/v1`, `Deployment`, `web`, in the same namespace. It must be a kind that can be scaled, such as a Deployment, StatefulSet or ReplicaSet; a DaemonSet cannot be. Once an autoscaler manages a Deployment, leave `replicas` out of the Deployment's manifest, or every `kubectl apply` resets the count.",
  'HorizontalPodAutoscalerSpec.minReplicas':
    'The fewest replicas the autoscaler keeps, even when idle (default 1). `0` is only accepted when the cluster turns on the `HPAScaleToZero` feature gate and an `Object` or `External` metric is set. Two or more keep the app answering while one Pod restarts.',
  'HorizontalPodAutoscalerSpec.maxReplicas':
    'The most replicas the autoscaler may create; required, and at least `minReplicas`. It caps your costs, and it only helps while the cluster has room: replicas beyond the free capacity stay `Pending`.',
  'HorizontalPodAutoscalerSpec.metrics':
    'What the autoscaler measures, each with a target; usually CPU or memory of the Pods (`type: Resource`). It works out a replica count for every metric and uses the highest. Left out, it aims at 80% average CPU utilization. Resource metrics come from the metrics-server add-on: if `kubectl top pods` fails, `kubectl get hpa` shows the targets as unknown and nothing scales.',
  'HorizontalPodAutoscalerSpec.behavior':
    'Tunes how fast the autoscaler scales up (`scaleUp`) and down (`scaleDown`). Without it, scaling up happens at once, by up to double the Pods or 4 more every 15 seconds, whichever is larger, while scaling down follows the highest recommendation of the last 5 minutes (`stabilizationWindowSeconds: 300`). Set it when the count flaps back and forth or must grow faster.',
  'HorizontalPodAutoscalerSpec.targetCPUUtilizationPercentage':
    "In `autoscaling/v1`, the target average CPU use as a percentage of the Pods' CPU *requests* (default 80). Without CPU requests on the Pods the autoscaler cannot compute it. `autoscaling/v2` writes the same under `metrics` and can also scale on memory and other metrics.",

  'CrossVersionObjectReference.kind':
    'The kind of the object referred to, such as `Deployment`, spelled exactly as in its manifest. In `scaleTargetRef` it must be a kind that can be scaled: a Deployment, StatefulSet, ReplicaSet, or a custom resource with a scale subresource.',
  'CrossVersionObjectReference.name':
    "The name of the object referred to, in the autoscaler's own namespace. A misspelled name is not rejected: the autoscaler only reports in its events that it cannot find the object (`FailedGetScale` for `scaleTargetRef`) and does not scale.",
  'CrossVersionObjectReference.apiVersion':
    "The API group and version of the object referred to, such as `apps/v1` for a Deployment or StatefulSet. It is the same value as at the top of that object's manifest and must belong with `kind`.",

  'MetricSpec.type':
    'The kind of metric this entry uses, which names the field to fill in next to it: `Resource` (CPU or memory of the Pods, under `resource:`), `Pods` (a custom per-Pod metric), `Object` (a metric of one other object, such as an Ingress), `External` (a metric from outside the cluster) or `ContainerResource` (CPU or memory of one container). All but `Resource` and `ContainerResource` need a metrics adapter, such as the Prometheus Adapter or KEDA, in the cluster.',
  'MetricSpec.resource':
    "Scales on CPU or memory use averaged over all the Pods of the target, compared with `target`. The numbers come from the metrics-server add-on, and utilization targets are measured against the Pods' resource `requests`. For example: `name: cpu` with `target: {type: Utilization, averageUtilization: 70}`.",
  'ResourceMetricSource.name':
    '`cpu` or `memory`. Memory alone often works poorly: runtimes such as the JVM or Node.js keep memory they once used, so usage seldom drops and the autoscaler rarely scales back down.',
  'ResourceMetricSource.target':
    "The level to hold: `type: Utilization` with `averageUtilization`, a percentage of the Pods' requests, or `type: AverageValue` with `averageValue`, an amount per Pod such as `500m` or `300Mi`. One of the two values must be set, and not both.",

  'MetricTarget.type':
    'Which value field holds the target: `Utilization` uses `averageUtilization` and exists only for `Resource` and `ContainerResource` metrics; `AverageValue` uses `averageValue`, the metric divided by the number of Pods; `Value` uses `value`, the metric as a whole, for `Object` and `External` metrics. Fill in the field that matches the type.',
  'MetricTarget.averageUtilization':
    "The target average use as a percentage of what the Pods *request*: with `requests.cpu: 200m`, `averageUtilization: 50` aims at about 100m per Pod. The Pods' containers must set `resources.requests` for that resource, or the autoscaler cannot compute it and `kubectl get hpa` shows the target as unknown. Values above 100 are allowed, since Pods may use more than they request, up to their limits.",
  'MetricTarget.averageValue':
    "The target amount per Pod, as a quantity: `500m` of CPU, `300Mi` of memory, or `100` requests per second for a custom metric. When the average across Pods goes above it the autoscaler adds replicas, and below it, removes some. Unlike `averageUtilization`, it does not depend on the Pods' requests.",
  'MetricTarget.value':
    'The target for the metric as a whole, not per Pod, used with `Object` and `External` metrics, such as `100` messages waiting in a queue. It must be a positive quantity.',

  'HorizontalPodAutoscalerBehavior.scaleDown':
    'Rules for removing replicas. By default the autoscaler looks back 5 minutes (`stabilizationWindowSeconds: 300`) and only shrinks to the highest count recommended in that time, so a short dip removes no Pods. Shorten the window to save sooner, or add `policies` to remove only a few Pods at a time.',
  'HorizontalPodAutoscalerBehavior.scaleUp':
    'Rules for adding replicas. By default there is no waiting (`stabilizationWindowSeconds: 0`), and every 15 seconds the count may grow by 100% or by 4 Pods, whichever is more. Add a window or `policies` to slow it down if short spikes start too many Pods.',
  'HPAScalingRules.stabilizationWindowSeconds':
    'How many seconds of past recommendations to take into account, from 0 to 3600. When scaling down the autoscaler uses the highest recommendation in that window, when scaling up the lowest, which smooths out short spikes and dips. Defaults: 300 for `scaleDown`, 0 for `scaleUp`.',
  'HPAScalingRules.policies':
    'Limits on how much the replica count may change per `periodSeconds`: `type: Pods` with `value: 4` allows 4 Pods, `type: Percent` with `value: 50` half the current count. With several policies, `selectPolicy` decides: `Max` (the default) takes the one allowing the biggest change, `Min` the smallest.',
  'HPAScalingRules.selectPolicy':
    'Which policy applies when there are several: `Max` (the default) the one allowing the largest change, `Min` the smallest. `Disabled` turns off scaling in this direction; under `scaleDown`, `selectPolicy: Disabled` means Pods are never removed automatically.',
  'HPAScalingPolicy.periodSeconds':
    "The length of the window, in seconds (1 to 1800), within which the policy's `value` applies. `type: Pods`, `value: 2` and `periodSeconds: 60` mean at most 2 Pods per minute.",
};
