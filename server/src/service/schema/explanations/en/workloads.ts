// Plain-language explanations (English) for controllers: Deployment, StatefulSet, Job and CronJob.
export const workloadsEn: Readonly<Record<string, string>> = {
  'DeploymentSpec.replicas':
    'How many identical Pods the Deployment keeps running (default 1). When a Pod dies or is deleted, a new one takes its place; `kubectl scale deployment NAME --replicas=3` changes the count on the fly. If a HorizontalPodAutoscaler manages the count, leave this out so that `kubectl apply` does not reset it.',
  'DeploymentSpec.selector':
    'Tells the Deployment which Pods are its own, by label. It is required in `apps/v1`, must match `template.metadata.labels`, and cannot be changed after creation: to change it, delete and recreate the Deployment. Keep it small and stable, such as `matchLabels: {app: chat}`.',
  'DeploymentSpec.template':
    'The Pod to create, written like a Pod manifest without `apiVersion` and `kind`: `metadata.labels` and a `spec` with `containers`. Any change here, such as a new image tag or env variable, starts a rollout that replaces the Pods; follow it with `kubectl rollout status`. Leave out a `name`: the Pods get generated names.',
  'DeploymentSpec.strategy':
    'How Pods are replaced on an update. `RollingUpdate` (the default) swaps them a few at a time so the app stays up, tuned by `maxSurge` and `maxUnavailable`. `Recreate` stops all old Pods first, which means downtime, but is right when two versions must never run at once, for example with a shared `ReadWriteOnce` volume.',
  'DeploymentSpec.revisionHistoryLimit':
    'How many old ReplicaSets to keep for `kubectl rollout undo` (default 10). With `0` you can no longer roll back.',
  'DeploymentSpec.minReadySeconds':
    'How long a new Pod must stay ready before it counts as available (default 0). A few seconds catches containers that crash right after becoming ready, before the rollout moves on.',
  'DeploymentSpec.progressDeadlineSeconds':
    'If a rollout makes no progress for this many seconds (default 600), the Deployment reports `ProgressDeadlineExceeded`. It only reports the stall; it does not roll back by itself.',
  'DeploymentStrategy.type':
    '`RollingUpdate` (the default) or `Recreate`. With `Recreate`, leave out `rollingUpdate`: its settings only apply to rolling updates.',
  'RollingUpdateDeployment.maxSurge':
    'How many Pods above `replicas` may exist during a rollout, as a number or a percentage (default `25%`, rounded up). Higher values roll out faster but need spare room in the cluster.',
  'RollingUpdateDeployment.maxUnavailable':
    'How many Pods below `replicas` may be unavailable during a rollout (default `25%`, rounded down). Use `0` together with a `maxSurge` of at least 1 to never drop below the desired count; the two cannot both be 0.',

  'StatefulSetSpec.serviceName':
    'The headless Service (`clusterIP: None`) that gives each Pod a stable DNS name such as `db-0.db`. The StatefulSet does not create it: write that Service yourself, or the per-Pod names will not resolve.',
  'StatefulSetSpec.volumeClaimTemplates':
    'Creates one PersistentVolumeClaim per Pod from each template (`data-db-0`, `data-db-1`, …), so every replica keeps its own storage. The claims stay when Pods are deleted or the set is scaled down, unless `persistentVolumeClaimRetentionPolicy` says otherwise.',
  'StatefulSetSpec.podManagementPolicy':
    '`OrderedReady` (the default) creates Pods one at a time in order, `-0` then `-1`, waiting for each to be ready, and removes them in reverse. `Parallel` starts and stops them all at once, which is faster when order does not matter.',

  'JobSpec.template':
    'The Pod that does the work. Its `restartPolicy` must be `OnFailure` or `Never`: the Pod default `Always` is rejected for Jobs. Prefer `Never` while debugging, so failed Pods stay around for `kubectl logs`.',
  'JobSpec.backoffLimit':
    'How many times failed Pods are retried before the Job gives up and is marked failed (default 6). Retries wait longer each time, from 10 seconds doubling up to 6 minutes. With `restartPolicy: OnFailure` the Pod is deleted when the limit is hit, logs and all; use `Never` while debugging.',
  'JobSpec.completions':
    'How many Pods must finish successfully for the Job to be complete (default 1). With `parallelism` set and `completions` left out, the Job works like a queue: it is done once any Pod succeeds and the others have finished.',
  'JobSpec.parallelism':
    'How many Pods may run at the same time (default 1). The Job never runs more Pods than there are completions left, and `0` pauses it.',
  'JobSpec.activeDeadlineSeconds':
    'A time limit for the whole Job, counted from its start and across all retries. When it passes, the running Pods are stopped and the Job fails with reason `DeadlineExceeded`, even if `backoffLimit` is not used up.',
  'JobSpec.ttlSecondsAfterFinished':
    'Deletes the Job, with its Pods and their logs, this many seconds after it completes or fails. Without it finished Jobs stay until you delete them. Something like `3600` leaves time to read the logs; `0` deletes at once.',

  'CronJobSpec.schedule':
    'When to create a Job, in five-field cron format: minute, hour, day of month, month, day of week. `"*/5 * * * *"` is every five minutes and `"0 3 * * *"` is every day at 03:00. Always quote it, because YAML reads a value starting with `*` as an alias; times follow the controller\'s clock (usually UTC) unless `timeZone` is set.',
  'CronJobSpec.timeZone':
    "An IANA time zone such as `Asia/Seoul` for reading `schedule`. Without it the schedule follows the kube-controller-manager's time zone, usually UTC, so a job meant for 03:00 in Seoul runs nine hours late.",
  'CronJobSpec.jobTemplate':
    'The Job created at each scheduled time. Its `spec` is a full Job spec with a Pod `template`, whose `restartPolicy` must be `OnFailure` or `Never`. The containers sit one level deeper than in a Job: `jobTemplate.spec.template.spec.containers`.',
  'CronJobSpec.concurrencyPolicy':
    'What happens when a run is still going at the next scheduled time: `Allow` (the default) runs both, `Forbid` skips the new run, `Replace` stops the old run and starts the new one. Use `Forbid` for work that must not overlap, such as backups.',
  'CronJobSpec.suspend':
    'With `true`, no new runs are started; Jobs already running carry on (default `false`). It pauses a CronJob without deleting it.',
  'CronJobSpec.startingDeadlineSeconds':
    'How late, in seconds, a missed run may still start, for example after the controller was down or `Forbid` held it back. Runs later than this are skipped and counted as missed.',
};
